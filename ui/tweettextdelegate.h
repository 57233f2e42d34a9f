// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace EpisodeDesk::Ui {

class ThumbnailLoader;

// The tweet list's text column: a tweet with images shows its first image's thumbnail before the text,
// with "+N" for the others (the tooltip lists them all with their alt text). Thumbnails come from a
// ThumbnailLoader, never decoded in paint(): until one is made the space stays blank, then the view
// repaints.
class TweetTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TweetTextDelegate)

public:
    TweetTextDelegate(ThumbnailLoader *thumbnails, QObject *parent = nullptr);
    ~TweetTextDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ThumbnailLoader *m_thumbnails = nullptr;
};

} // namespace EpisodeDesk::Ui
