// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

namespace EpisodeDesk::Ui {

// The window's status bar. QStatusBar cuts a message that does not fit left of the permanent widgets
// mid-word ("… and “In case you missed it: episode 42, “Editi"); this one ends it with "…" and shows
// the whole sentence as the tooltip. currentMessage() and messageChanged() stay the whole message.
class StatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBar)

public:
    explicit StatusBar(QWidget *parent = nullptr);
    ~StatusBar() override;

    // What the bar shows of currentMessage() in its present width: all of it, or its elided start.
    QString shownMessage() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QWidget *> visiblePermanentWidgets() const;
    QRect messageRect() const;
};

} // namespace EpisodeDesk::Ui
