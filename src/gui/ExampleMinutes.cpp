#include "ExampleMinutes.h"

#include "Database.h"
#include "Dialogs.h"
#include "MeetingRepository.h"
#include "MinutesGenerator.h"

#include <QApplication>
#include <QCursor>

namespace minutebook {

Result<bool> ExampleMinutes::offer(const Database &database, Dialogs &dialogs, QWidget *parent)
{
    if (database.isReadOnly())
        return false;
    const Result<int> count = MeetingRepository(database).count();
    if (!count.ok())
        return count.status();
    if (count.value() > 0)
        return false;

    Dialogs::Question question;
    question.title = tr("Welcome to Minutebook");
    question.text = tr("This database has no meetings yet. Do you want to load example minutes "
                       "to look around first?");
    question.details = tr("The example holds %n made-up meetings of two groups. For real minutes "
                          "you can start a new database later.",
        nullptr, meetingCount);
    question.yes = tr("Load example");
    question.no = tr("Start empty");
    if (!dialogs.question(parent, question))
        return false;

    const Result<int> written = load(database);
    if (!written.ok())
        return written.status();
    return written.value() > 0;
}

Result<int> ExampleMinutes::load(const Database &database)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> written = MinutesGenerator(database).generate(meetingCount, seed);
    QApplication::restoreOverrideCursor();
    return written;
}

} // namespace minutebook
