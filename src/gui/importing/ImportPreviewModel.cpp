#include "ImportPreviewModel.h"

#include "Database.h"
#include "ImportRepository.h"
#include "MeetingCounts.h"
#include "MinutesImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace minutebook {

ImportPreviewModel::ImportPreviewModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

void ImportPreviewModel::setFiles(const QStringList &paths, const QString &defaultGroup)
{
    beginResetModel();
    m_files.clear();
    for (const QString &path : paths)
        m_files.append(readFile(path, defaultGroup));
    endResetModel();
    emit filesChanged();
}

ImportFile ImportPreviewModel::readFile(const QString &path, const QString &defaultGroup) const
{
    ImportFile file;
    file.path = path;
    file.fileName = QFileInfo(path).fileName();
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.error = tr("The file cannot be read: %1").arg(device.errorString());
        return file;
    }
    if (device.size() > MinutesImporter::maxFileSize) {
        file.error = tr("The file is too large to be minutes.");
        return file;
    }
    file.bytes = device.readAll();
    Result<ImportResult> parsed = MinutesImporter::importBytes(file.bytes);
    if (!parsed) {
        file.error = parsed.error();
        return file;
    }
    file.result = std::move(parsed.value());
    file.hash = ImportRepository::contentHash(file.bytes);
    const Result<qint64> existing = ImportRepository(m_database).meetingFor(file.hash);
    file.existingMeetingId = existing.ok() ? existing.value() : 0;
    if (file.result.hasDate)
        file.date = file.result.meeting.date;
    file.group = file.result.meeting.body.name.trimmed();
    if (file.group.isEmpty())
        file.group = defaultGroup;
    return file;
}

void ImportPreviewModel::setForce(int row, bool force)
{
    if (row < 0 || row >= m_files.size() || m_files[row].force == force)
        return;
    m_files[row].force = force;
    rowChanged(row);
}

bool ImportPreviewModel::isImportable(int row) const
{
    const ImportFile::State state = m_files.at(row).state();
    return state == ImportFile::State::Ready || state == ImportFile::State::Warning;
}

int ImportPreviewModel::needingInput() const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(), [](const ImportFile &f) {
        return f.state() == ImportFile::State::NeedsDate
            || f.state() == ImportFile::State::NeedsGroup;
    }));
}

int ImportPreviewModel::importableCount() const
{
    int count = 0;
    for (int row = 0; row < m_files.size(); ++row)
        count += isImportable(row) ? 1 : 0;
    return count;
}

Status ImportPreviewModel::importFile(int row)
{
    ImportFile &file = m_files[row];
    if (!isImportable(row)) {
        const QString reason = file.error.isEmpty() ? stateText(file.state()) : file.error;
        return Status::failure(reason);
    }
    // Parse again with the user's choices, so the group and date go through the importer's
    // own rules (the group's name also decides how attendee labels are read).
    ImportOptions options;
    options.fallbackDate = file.date;
    if (file.group != file.result.meeting.body.name.trimmed())
        options.bodyName = file.group;
    Result<ImportResult> parsed = MinutesImporter::importBytes(file.bytes, options);
    Status status = parsed.status();
    if (status) {
        Meeting &meeting = parsed->meeting;
        meeting.date = file.date;
        status = ImportRepository(m_database)
                     .importMeeting(meeting, file.hash, file.fileName, file.force);
        if (status)
            file.meetingId = meeting.id;
    }
    file.importError = status ? QString() : status.error();
    rowChanged(row);
    return status;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const ImportFile &file = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(file, index.column());
    case Qt::EditRole:
        if (index.column() == DateColumn)
            return file.date.isValid() ? file.date : QDate::currentDate();
        if (index.column() == GroupColumn)
            return file.group;
        return displayData(file, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return file.path;
        if (index.column() == StatusColumn)
            return file.error.isEmpty() ? file.importError : file.error;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= PresentColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::displayData(const ImportFile &file, int column) const
{
    const bool parsed = file.error.isEmpty();
    const MeetingCounts counts = MeetingCounts::of(file.result.meeting);
    switch (column) {
    case FileColumn:
        return file.fileName;
    case StatusColumn:
        return stateText(file.state());
    case DateColumn:
        if (!parsed)
            return QString();
        return file.date.isValid() ? QLocale().toString(file.date, QLocale::ShortFormat)
                                   : tr("Choose a date");
    case GroupColumn:
        if (!parsed)
            return QString();
        return file.group.isEmpty() ? tr("Type a group") : file.group;
    case PresentColumn:
        return parsed ? QVariant(counts.present) : QVariant();
    case AbsentColumn:
        return parsed ? QVariant(counts.absent) : QVariant();
    case ItemsColumn:
        return parsed ? QVariant(counts.items) : QVariant();
    case DecisionsColumn:
        return parsed ? QVariant(counts.decisions) : QVariant();
    case ActionsColumn:
        return parsed ? QVariant(counts.actions) : QVariant();
    default:
        return {};
    }
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    ImportFile &file = m_files[index.row()];
    if (index.column() == DateColumn) {
        const QDate date = value.toDate();
        if (!date.isValid())
            return false;
        file.date = date;
    } else {
        file.group = value.toString().simplified();
    }
    rowChanged(index.row());
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    const ImportFile &file = m_files.at(index.row());
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool open = file.error.isEmpty() && file.meetingId == 0;
    // Only a date the file does not give may be chosen: never overwrite what the minutes say.
    if (open && index.column() == DateColumn && !file.result.hasDate)
        result |= Qt::ItemIsEditable;
    if (open && index.column() == GroupColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case GroupColumn:
        return tr("Group");
    case PresentColumn:
        return tr("Present");
    case AbsentColumn:
        return tr("Absent");
    case ItemsColumn:
        return tr("Items");
    case DecisionsColumn:
        return tr("Decisions");
    case ActionsColumn:
        return tr("Assignments");
    default:
        return {};
    }
}

QString ImportPreviewModel::stateText(ImportFile::State state)
{
    switch (state) {
    case ImportFile::State::Ready:
        return tr("Ready");
    case ImportFile::State::Warning:
        return tr("Ready, with warnings");
    case ImportFile::State::Error:
        return tr("Cannot be imported");
    case ImportFile::State::AlreadyImported:
        return tr("Already imported");
    case ImportFile::State::NeedsDate:
        return tr("Needs a date");
    case ImportFile::State::NeedsGroup:
        return tr("Needs a group");
    case ImportFile::State::Imported:
        return tr("Imported");
    case ImportFile::State::Failed:
        return tr("Import failed");
    }
    return {};
}

bool ImportPreviewModel::isRow(const QModelIndex &index) const
{
    // Not checkIndex(): views legitimately ask about invalid indexes, and it warns about them.
    return index.isValid() && index.model() == this && !index.parent().isValid()
        && index.row() < m_files.size() && index.column() < ColumnCount;
}

void ImportPreviewModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit filesChanged();
}

} // namespace minutebook
