#include "guimodels/tags/TagTableModel.h"

#include "guimodels/dnd/DragPayloads.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeData>
#include <QStringMatcher>

#include <algorithm>
#include <numeric>

namespace steward::gui {

namespace {

QString shortDigest(const QString &digest)
{
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    return digest.size() > colon + 1 + 12 ? digest.left(colon + 1 + 12) + QStringLiteral("…") : digest;
}

// Compares two raw values of one column; invalid dates and unknown sizes sort before every known one.
bool lessThan(const QVariant &a, const QVariant &b)
{
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace

TagTableModel::TagTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

TagTableModel::~TagTableModel() = default;

void TagTableModel::setRepository(const QString &registry, const QString &repository)
{
    m_registry = registry;
    m_repository = repository;
}

void TagTableModel::setTags(const QList<TagRow> &tags)
{
    beginResetModel();
    m_rows = tags;
    arrange();
    refilter(false);
    endResetModel();
}

void TagTableModel::setUsedBy(const QHash<QString, QStringList> &imagesByTag)
{
    m_usedBy = imagesByTag;
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, UsedByColumn), index(int(m_visible.size()) - 1, UsedByColumn));
}

void TagTableModel::setFilterText(const QString &text)
{
    const QString filter = text.trimmed().toLower();
    if (filter == m_filter)
        return;
    const bool narrowing = filter.contains(m_filter);
    m_filter = filter;
    beginResetModel();
    refilter(narrowing);
    endResetModel();
}

void TagTableModel::arrange()
{
    // Groups by digest (a tag without one is its own group), each group's key the best of its tags.
    QHash<QString, int> groupOf;
    QList<QList<int>> groups;
    for (int i = 0; i < m_rows.size(); ++i) {
        const TagRow &row = m_rows.at(i);
        const QString key = row.digest.isEmpty() ? QStringLiteral("\n") + row.tag : row.digest;
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(key, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[*it].append(i);
    }
    for (QList<int> &members : groups) {
        std::sort(members.begin(), members.end(), [this](int a, int b) { return m_rows.at(a).tag < m_rows.at(b).tag; });
    }
    // A group sorts by its first tag's value; ties (and equal values) by digest, so the order is stable.
    const int column = m_sortColumn;
    std::stable_sort(groups.begin(), groups.end(), [this, column](const QList<int> &a, const QList<int> &b) {
        const QVariant va = rawValue(m_rows.at(a.constFirst()), column);
        const QVariant vb = rawValue(m_rows.at(b.constFirst()), column);
        if (m_sortOrder == Qt::AscendingOrder ? lessThan(va, vb) : lessThan(vb, va))
            return true;
        if (m_sortOrder == Qt::AscendingOrder ? lessThan(vb, va) : lessThan(va, vb))
            return false;
        return m_rows.at(a.constFirst()).digest < m_rows.at(b.constFirst()).digest;
    });

    QList<TagRow> rows;
    rows.reserve(m_rows.size());
    m_group.clear();
    m_group.reserve(m_rows.size());
    m_groupSize.clear();
    m_groupSize.reserve(groups.size());
    for (int g = 0; g < groups.size(); ++g) {
        m_groupSize << int(groups.at(g).size());
        for (int i : groups.at(g)) {
            rows << m_rows.at(i);
            m_group << g;
        }
    }
    m_rows = std::move(rows);
    m_haystack.clear();
    m_haystack.reserve(m_rows.size());
    for (const TagRow &row : std::as_const(m_rows))
        m_haystack << (row.tag.toLower() + QLatin1Char('\n') + row.digest.toLower());
}

void TagTableModel::refilter(bool narrowing)
{
    if (m_filter.isEmpty()) {
        m_visible.resize(m_rows.size());
        std::iota(m_visible.begin(), m_visible.end(), 0);
        return;
    }
    // One matcher for the whole scan: its skip table is built once, not per row.
    const QStringMatcher matcher(m_filter, Qt::CaseSensitive);
    QList<int> visible;
    if (narrowing) {
        visible.reserve(m_visible.size());
        for (int i : std::as_const(m_visible)) {
            if (matcher.indexIn(m_haystack.at(i)) >= 0)
                visible << i;
        }
    } else {
        visible.reserve(m_haystack.size());
        for (int i = 0; i < m_haystack.size(); ++i) {
            if (matcher.indexIn(m_haystack.at(i)) >= 0)
                visible << i;
        }
    }
    m_visible = std::move(visible);
}

int TagTableModel::rowOfTag(const QString &tag) const
{
    for (int row = 0; row < m_visible.size(); ++row) {
        if (m_rows.at(m_visible.at(row)).tag == tag)
            return row;
    }
    return -1;
}

const TagRow &TagTableModel::tagAt(int row) const
{
    return m_rows.at(m_visible.at(row));
}

int TagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = m_visible.at(index.row());
    const TagRow &row = m_rows.at(i);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DigestColumn)
            return row.digest;
        if (index.column() == TagColumn && m_groupSize.at(m_group.at(i)) > 1)
            return tr("%1 tags point at this digest").arg(m_groupSize.at(m_group.at(i)));
        return displayText(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(row, index.column());
    case TagRole:
        return row.tag;
    case DigestRole:
        return row.digest;
    case DigestGroupRole:
        return m_group.at(i);
    case SharedTagCountRole:
        return m_groupSize.at(m_group.at(i));
    }
    return {};
}

QVariant TagTableModel::displayText(const TagRow &row, int column) const
{
    switch (column) {
    case TagColumn:
        return row.tag;
    case DigestColumn:
        return shortDigest(row.digest);
    case CreatedColumn:
        return row.created.isValid() ? QLocale().toString(row.created.toLocalTime(), QLocale::ShortFormat) : QString();
    case PlatformsColumn:
        return row.platforms.join(QStringLiteral(", "));
    case SizeColumn:
        return row.size >= 0 ? QLocale().formattedDataSize(row.size) : QString();
    case UsedByColumn:
        return m_usedBy.value(row.tag).join(QStringLiteral(", "));
    }
    return {};
}

QVariant TagTableModel::rawValue(const TagRow &row, int column)
{
    switch (column) {
    case TagColumn:
        return row.tag;
    case DigestColumn:
        return row.digest;
    case CreatedColumn:
        return row.created;
    case PlatformsColumn:
        return row.platforms.join(QStringLiteral(", "));
    case SizeColumn:
        return row.size;
    case UsedByColumn:
        return QString();
    }
    return {};
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case DigestColumn:
        return tr("Digest");
    case CreatedColumn:
        return tr("Created");
    case PlatformsColumn:
        return tr("Platforms");
    case SizeColumn:
        return tr("Size");
    case UsedByColumn:
        return tr("Used by");
    }
    return {};
}

void TagTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (a selection) follow their tag.
    const QModelIndexList before = persistentIndexList();
    QStringList tags;
    for (const QModelIndex &index : before)
        tags << tagAt(index.row()).tag;
    m_sortColumn = column;
    m_sortOrder = order;
    arrange();
    refilter(false);
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k) {
        const int row = rowOfTag(tags.at(k));
        after << (row < 0 ? QModelIndex() : index(row, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

Qt::ItemFlags TagTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList TagTableModel::mimeTypes() const
{
    return {tagMimeType()};
}

QMimeData *TagTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<TagPayload> tags;
    for (const QModelIndex &index : indexes) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            continue;
        const TagRow &row = tagAt(index.row());
        tags << TagPayload{m_registry, m_repository, row.tag, row.digest};
    }
    return encodeTags(tags);
}

Qt::DropActions TagTableModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace steward::gui
