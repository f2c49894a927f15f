#pragma once

#include "store/Records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace steward::gui {

// The catalog's audit log for the Activity pane, newest first: when, what kind of change, who, to what (an image's
// name when the subject is a known image id), and the value after it. Read-only; each setEntries() resets.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        ActorColumn,
        SubjectColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // QDateTime for the time, strings elsewhere
        KindRole,                    // the action, e.g. "image.update", in every column
        ActorRole,                   // in every column
        SubjectRole,                 // the raw subject (an image id, a registry host), in every column
        SubjectTextRole,             // what the subject column shows, in every column
    };

    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    // `entries` in the store's order (oldest first, as store::listAudit returns them).
    void setEntries(const QList<store::AuditEntry> &entries);
    // Names for subjects that are image ids (the deployment's images).
    void setSubjectNames(const QHash<QString, QString> &namesById);
    // The distinct kinds and actors, sorted: what the pane's filters offer.
    QStringList kinds() const;
    QStringList actors() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString subjectText(const store::AuditEntry &entry) const;
    static QString changeText(const store::AuditEntry &entry);

    QList<store::AuditEntry> m_entries; // newest first
    QHash<QString, QString> m_subjectNames;
};

} // namespace steward::gui
