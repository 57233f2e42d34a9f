// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstate.h"

#include "store/databaselocation.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace EpisodeDesk::Ui {

namespace {
const QString legacyGroup = QStringLiteral("MainWindow");
const QString geometryKey = QStringLiteral("geometry");
const QString windowStateKey = QStringLiteral("windowState");
const QString splitterKey = QStringLiteral("splitter");
const QString episodeHeaderKey = QStringLiteral("episodeHeader");
const QString tweetHeaderKey = QStringLiteral("tweetHeader");
const QString lastEpisodeKey = QStringLiteral("lastEpisodeId");
const QSize defaultSize(1100, 700);
} // namespace

WindowState::WindowState(const QString &databasePath)
    : WindowState(
          Models::DatabaseLocation::parse(databasePath, nullptr).value_or(Models::DatabaseLocation::file(databasePath)))
{ }

WindowState::WindowState(const Models::DatabaseLocation &location)
{
    // A hash, not the path: QSettings treats '/' in keys as nesting, and some backends limit key length.
    const QString canonical = location.key();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    m_group = QStringLiteral("%1/%2").arg(legacyGroup, QString::fromLatin1(hash.left(16)));
}

qint64 WindowState::restore(const Widgets &widgets) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    if (!settings.contains(geometryKey)) {
        settings.endGroup();
        settings.beginGroup(legacyGroup);
    }
    if (!widgets.window->restoreGeometry(settings.value(geometryKey).toByteArray())) {
        widgets.window->resize(defaultSize);
    }
    widgets.window->restoreState(settings.value(windowStateKey).toByteArray());
    widgets.splitter->restoreState(settings.value(splitterKey).toByteArray());
    for (auto [view, key] :
         {std::pair {widgets.episodes, episodeHeaderKey}, std::pair {widgets.tweets, tweetHeaderKey}}) {
        QHeaderView *header = view->horizontalHeader();
        if (header->restoreState(settings.value(key).toByteArray())) {
            // The restored sort indicator is not applied by itself.
            view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
    }
    return settings.value(lastEpisodeKey).toLongLong();
}

void WindowState::save(const Widgets &widgets, qint64 currentEpisodeId) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(geometryKey, widgets.window->saveGeometry());
    settings.setValue(windowStateKey, widgets.window->saveState());
    settings.setValue(splitterKey, widgets.splitter->saveState());
    settings.setValue(episodeHeaderKey, widgets.episodes->horizontalHeader()->saveState());
    settings.setValue(tweetHeaderKey, widgets.tweets->horizontalHeader()->saveState());
    settings.setValue(lastEpisodeKey, currentEpisodeId);
}

} // namespace EpisodeDesk::Ui
