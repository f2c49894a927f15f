#pragma once

#include <QSortFilterProxyModel>

namespace steward::gui {

// The Activity pane's filters over an AuditLogModel: by image (the subject's id or name contains the text), by kind
// (the action is it, or starts with it followed by a dot: "image" takes "image.update") and by actor (exact). Empty
// filters take everything. The log is kept small enough (the pane reads the newest entries) for a proxy.
class AuditFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterModel)

public:
    explicit AuditFilterModel(QObject *parent = nullptr);
    ~AuditFilterModel() override;

    void setImageFilter(const QString &text);
    void setKindFilter(const QString &kind);
    void setActorFilter(const QString &actor);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_image;
    QString m_kind;
    QString m_actor;
};

} // namespace steward::gui
