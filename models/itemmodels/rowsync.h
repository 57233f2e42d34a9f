// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace EpisodeDesk::Models {

// Brings `rows` (sorted by id) to `fresh` (sorted by id) with granular insert/remove/dataChanged
// notifications instead of a reset, so views keep their selection and scroll position when another
// process or the poster changes a row. `model` must be the model that owns `rows` and befriend this
// function (the begin/end calls are protected).
template<typename Row, typename Model>
void syncRowsById(Model *model, QList<Row> &rows, const QList<Row> &fresh, int columnCount)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows.size() || j < fresh.size()) {
        if (j >= fresh.size() || (i < rows.size() && rows.at(i).id() < fresh.at(j).id())) {
            model->beginRemoveRows({}, int(i), int(i));
            rows.removeAt(i);
            model->endRemoveRows();
        } else if (i >= rows.size() || fresh.at(j).id() < rows.at(i).id()) {
            model->beginInsertRows({}, int(i), int(i));
            rows.insert(i, fresh.at(j));
            model->endInsertRows();
            ++i;
            ++j;
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

} // namespace EpisodeDesk::Models
