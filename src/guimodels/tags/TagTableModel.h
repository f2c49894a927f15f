#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward::gui {

// One tag of a repository as the Tags pane shows it.
struct TagRow
{
    QString tag;
    QString digest;        // "sha256:…"; empty when the registry gave none
    QDateTime created;     // the image config's creation time; invalid for an index or when unknown
    QStringList platforms; // "linux/amd64"…; one entry for a single-platform image whose config says it
    qint64 size = -1;      // bytes: manifest, config and layers (an index: its largest platform); -1 unknown

    bool operator==(const TagRow &other) const = default;
};

// Every tag of one repository, with tags that share a digest kept next to each other (a digest group): groups are
// ordered by the sort column (newest first by default), tags inside a group by name.
//
// Filtering is the model's own, not a proxy's: it keeps an index vector of the rows that match and swaps it in one
// model reset. A QSortFilterProxyModel announces every row it drops, which at 100,000 tags costs up to a second per
// keystroke; this costs one scan (of only the rows still shown when the filter grows) and one reset (bench/gui).
// Views keep their selection across a filter change by tag (TagsView does).
//
// Drag source: rows drag as application/x-imagesteward-tag (DragPayloads.h): registry, repository, tag and digest.
class TagTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagTableModel)

public:
    enum Column
    {
        TagColumn,
        DigestColumn,
        CreatedColumn,
        PlatformsColumn,
        SizeColumn,
        UsedByColumn, // the deployment's images that use this tag
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // sortable values: strings, QDateTime, qint64
        TagRole,                     // the tag, in every column
        DigestRole,                  // the whole digest, in every column
        DigestGroupRole,             // int: the digest group's position in the current order (views shade by parity)
        SharedTagCountRole,          // int: how many tags (filtered or not) share this row's digest
    };

    explicit TagTableModel(QObject *parent = nullptr);
    ~TagTableModel() override;

    // Where the tags are; drags carry it.
    void setRepository(const QString &registry, const QString &repository);
    QString registry() const { return m_registry; }
    QString repository() const { return m_repository; }

    // Replaces every tag (one reset); the filter and sort order stay.
    void setTags(const QList<TagRow> &tags);
    // Which images use which tag ("Chrome (production)"), by tag.
    void setUsedBy(const QHash<QString, QStringList> &imagesByTag);
    // Shows only tags whose name or digest contains `text` (case-insensitive); empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    int totalCount() const { return int(m_rows.size()); }

    // The shown row of `tag`, or -1 when it is filtered out or unknown.
    int rowOfTag(const QString &tag) const;
    const TagRow &tagAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    // Orders m_rows into digest groups by the sort column, and fills m_group, m_groupSize and m_haystack.
    void arrange();
    // Recomputes m_visible; `narrowing` scans only the rows shown now (the new filter contains the old one).
    void refilter(bool narrowing);
    QVariant displayText(const TagRow &row, int column) const;
    static QVariant rawValue(const TagRow &row, int column);

    QString m_registry;
    QString m_repository;
    QList<TagRow> m_rows;      // every tag, in display order
    QList<int> m_group;        // per row of m_rows: its digest group's position
    QList<int> m_groupSize;    // per group: how many tags
    QList<QString> m_haystack; // per row of m_rows: lower-case "tag\ndigest", what the filter searches
    QList<int> m_visible;      // rows of m_rows that match the filter, in order
    QHash<QString, QStringList> m_usedBy;
    QString m_filter; // lower-case
    int m_sortColumn = CreatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace steward::gui
