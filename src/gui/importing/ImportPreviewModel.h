#pragma once

// The files chosen in the import dialog, one row each: parses every file for the preview
// (status, date, group, counts, warnings), holds what the user changes (a missing date, the
// group, "import anyway") and imports one file per call, one transaction each.

#include "ImportFile.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QVector>

namespace minutebook {

class Database;

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        StatusColumn,
        DateColumn,
        GroupColumn,
        PresentColumn,
        AbsentColumn,
        ItemsColumn,
        DecisionsColumn,
        ActionsColumn,
        ColumnCount
    };

    /// `database` must outlive the model; it is only read until importFile() is called.
    explicit ImportPreviewModel(const Database &database, QObject *parent = nullptr);

    /// Reads and parses the files; `defaultGroup` is used for files that name no group.
    void setFiles(const QStringList &paths, const QString &defaultGroup);

    const ImportFile &file(int row) const { return m_files.at(row); }
    int fileCount() const { return int(m_files.size()); }
    void setForce(int row, bool force);
    /// True when the row will be written by importAll (not failed, not refused, not done).
    bool isImportable(int row) const;
    /// The rows waiting for a date or a group; import is blocked until there are none.
    int needingInput() const;
    int importableCount() const;

    /// Imports the row in one transaction; its state says how it went.
    Status importFile(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(ImportFile::State state);

signals:
    /// The state of a row changed (date set, import anyway, imported).
    void filesChanged();

private:
    ImportFile readFile(const QString &path, const QString &defaultGroup) const;
    QVariant displayData(const ImportFile &file, int column) const;
    void rowChanged(int row);
    bool isRow(const QModelIndex &index) const;

    const Database &m_database;
    QVector<ImportFile> m_files;
};

} // namespace minutebook
