// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

class QAction;
class QObject;
class QPlainTextEdit;
class QTableView;
class QToolButton;
class QWidget;

namespace EpisodeDesk::Ui {

// The habits every list of the window shares: whole rows, one at a time, read-only, Tab leaves the
// table, the actions added to it are its context menu.
void setUpTable(QTableView *view);
// One line of at most `maxChars` characters, with an ellipsis where it was cut (for titles in prompts).
QString elided(const QString &text, int maxChars);
// A separator for a context menu made of actions.
QAction *separatorAction(QObject *parent);
// The icon theme's icon `name` (a freedesktop name such as "document-new"), or where the platform has no
// theme or the theme lacks it (Windows, macOS, the offscreen platform) our own SVG drawing of it, sharp at
// every device pixel ratio and drawn light while the application palette is dark (a Window colour of
// lightness below 128). A null icon for an empty name.
QIcon themeIcon(const QString &name);
// "Insert": a menu of the placeholders expandTweetTemplate() knows, each inserted into `text` at the
// cursor (the tweet and the announcement-template editors share it). Named "placeholderButton".
QToolButton *createPlaceholderButton(QPlainTextEdit *text, QWidget *parent);

} // namespace EpisodeDesk::Ui
