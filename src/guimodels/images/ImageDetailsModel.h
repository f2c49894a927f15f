#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace steward {
struct KasmImage;
} // namespace steward

namespace steward::kasm {
struct DeploymentSnapshot;
}

namespace steward::gui {

// Every Kasm field of one image, as "field, value" rows for the Images pane's details panel: the fields ImageSteward
// models first, then whatever else the server sent (its JSON configs...), compact. The registry password never
// appears: only whether one is stored. Read-only; each setImage() resets.
class ImageDetailsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDetailsModel)

public:
    enum Column
    {
        FieldColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole, // the Kasm API's key ("friendly_name"), or a derived name ("agents_holding")
    };

    explicit ImageDetailsModel(QObject *parent = nullptr);
    ~ImageDetailsModel() override;

    // `snapshot` names the image's groups and zone and counts the agents that hold it.
    void setImage(const KasmImage &image, const kasm::DeploymentSnapshot &snapshot);
    void clear();
    // The value shown for `key`, or a null string when there is no such row.
    QString valueOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString label;
        QString value;
    };

    QList<Row> modelledRows(const KasmImage &image, const kasm::DeploymentSnapshot &snapshot) const;
    static QList<Row> otherRows(const KasmImage &image);

    QList<Row> m_rows;
};

} // namespace steward::gui
