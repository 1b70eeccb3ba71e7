#pragma once

// Dialogs for tests: answers every question with `answer` and records what was shown.

#include "Dialogs.h"

#include <QStringList>
#include <QVector>

namespace minutebook::test {

class FakeDialogs : public Dialogs
{
public:
    bool question(QWidget *, const Question &q) override
    {
        questions.append(q);
        return answer;
    }
    void information(QWidget *, const QString &title, const QString &text) override
    {
        messages.append(title + QLatin1Char('\n') + text);
    }
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        messages.append(title + QLatin1Char('\n') + text);
        ++warnings;
    }
    void critical(QWidget *, const QString &title, const QString &text) override
    {
        messages.append(title + QLatin1Char('\n') + text);
        ++warnings;
    }
    void about(QWidget *, const QString &title, const QString &text) override
    {
        messages.append(title + QLatin1Char('\n') + text);
    }

    QStringList openFileNames(QWidget *, const QString &title, const QString &) override
    {
        fileDialogs.append(title);
        return files;
    }

    bool answer = false;
    QStringList files; ///< what openFileNames answers
    QStringList fileDialogs; ///< titles of the file dialogs shown
    QVector<Question> questions;
    QStringList messages;
    int warnings = 0;
};

} // namespace minutebook::test
