// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>

#include <algorithm>

namespace EpisodeDesk::Models {

// Brings `rows` (sorted by id) to `fresh` (sorted by id) with granular insert/remove/dataChanged
// notifications instead of a reset, so views keep their selection and scroll position when another
// process or the poster changes a row. Runs of adjacent inserted or removed rows go out as one
// notification each (the first load of 100,000 episodes is one insert, not 100,000). `model` must be
// the model that owns `rows` and befriend this function (the begin/end calls are protected).
template<typename Row, typename Model>
void syncRowsById(Model *model, QList<Row> &rows, const QList<Row> &fresh, int columnCount)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows.size() || j < fresh.size()) {
        if (j >= fresh.size() || (i < rows.size() && rows.at(i).id() < fresh.at(j).id())) {
            qsizetype end = i + 1;
            while (end < rows.size() && (j >= fresh.size() || rows.at(end).id() < fresh.at(j).id())) {
                ++end;
            }
            model->beginRemoveRows({}, int(i), int(end - 1));
            rows.remove(i, end - i);
            model->endRemoveRows();
        } else if (i >= rows.size() || fresh.at(j).id() < rows.at(i).id()) {
            qsizetype end = j + 1;
            while (end < fresh.size() && (i >= rows.size() || fresh.at(end).id() < rows.at(i).id())) {
                ++end;
            }
            model->beginInsertRows({}, int(i), int(i + end - j - 1));
            rows.insert(i, end - j, Row {});
            std::copy(fresh.begin() + j, fresh.begin() + end, rows.begin() + i);
            model->endInsertRows();
            i += end - j;
            j = end;
        } else {
            if (!(rows.at(i) == fresh.at(j))) {
                rows[i] = fresh.at(j);
                Q_EMIT model->dataChanged(model->index(int(i), 0), model->index(int(i), columnCount - 1));
            }
            ++i;
            ++j;
        }
    }
}

// Applies re-read rows to `rows` (sorted by id): each id of `ids` is updated from `fresh` (sorted by
// id), inserted where it belongs, or removed when `fresh` no longer has it. Touches nothing else, so a
// change to one row costs a binary search, not a walk over every row.
template<typename Row, typename Model, typename Ids>
void patchRowsById(Model *model, QList<Row> &rows, const QList<Row> &fresh, const Ids &ids, int columnCount)
{
    auto position = [&rows](qint64 id) {
        return std::lower_bound(rows.begin(), rows.end(), id,
                                [](const Row &row, qint64 key) { return row.id() < key; }) -
            rows.begin();
    };
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    qsizetype f = 0;
    for (const qint64 id : sorted) {
        while (f < fresh.size() && fresh.at(f).id() < id) {
            ++f;
        }
        const bool present = f < fresh.size() && fresh.at(f).id() == id;
        const qsizetype at = position(id);
        const bool shown = at < rows.size() && rows.at(at).id() == id;
        if (present && shown) {
            if (!(rows.at(at) == fresh.at(f))) {
                rows[at] = fresh.at(f);
                Q_EMIT model->dataChanged(model->index(int(at), 0), model->index(int(at), columnCount - 1));
            }
        } else if (present) {
            model->beginInsertRows({}, int(at), int(at));
            rows.insert(at, fresh.at(f));
            model->endInsertRows();
        } else if (shown) {
            model->beginRemoveRows({}, int(at), int(at));
            rows.removeAt(at);
            model->endRemoveRows();
        }
    }
}

// The row of `id` in `rows` (sorted by id), or -1.
template<typename Row> int rowOfId(const QList<Row> &rows, qint64 id)
{
    const auto it =
        std::lower_bound(rows.begin(), rows.end(), id, [](const Row &row, qint64 key) { return row.id() < key; });
    return it != rows.end() && it->id() == id ? int(it - rows.begin()) : -1;
}

} // namespace EpisodeDesk::Models
