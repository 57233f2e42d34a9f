// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QHeaderView;
class QMainWindow;
class QSplitter;
class QTableView;

namespace EpisodeDesk::Models {
class DatabaseLocation;
}

namespace EpisodeDesk::Ui {

// The main window's layout for one database (a file, or a team database: DatabaseLocation::key()): size and position,
// toolbars, the splitter, each list's columns and sort order, and the episode last looked at. Two shows opened one
// after the other each come back as they were left. Kept in QSettings under "MainWindow/<hash of the path>"; the
// ungrouped "MainWindow/…" keys of earlier versions seed a database seen for the first time.
class WindowState final
{
public:
    explicit WindowState(const Models::DatabaseLocation &location);
    explicit WindowState(const QString &databasePath);

    // The QSettings group of this database's state.
    QString group() const { return m_group; }

    struct Widgets
    {
        QMainWindow *window = nullptr;
        QSplitter *splitter = nullptr;
        QTableView *episodes = nullptr;
        QTableView *tweets = nullptr;
    };
    // Returns the episode last looked at (0: none); false geometry means the default size is kept.
    qint64 restore(const Widgets &widgets) const;
    void save(const Widgets &widgets, qint64 currentEpisodeId) const;

private:
    QString m_group;
};

} // namespace EpisodeDesk::Ui
