// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes the large show of the scale benchmark (README.md next to this file) to a new database file:
//   gen_scale_show [--episodes N] [--tweets N] [--seed N] PATH

#include "scaleshow.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace EpisodeDesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("episodes"), QStringLiteral("Episodes [100000]."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("tweets"), QStringLiteral("Tweets [300000]."), QStringLiteral("N"), QStringLiteral("300000")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed [9]."), QStringLiteral("N"), QStringLiteral("9")});
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("The database file to create."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s exists; refusing to add a show to it\n", qPrintable(path));
        return 1;
    }
    Bench::ScaleShowSize size;
    size.episodes = parser.value(QStringLiteral("episodes")).toInt();
    size.tweets = parser.value(QStringLiteral("tweets")).toInt();
    size.seed = parser.value(QStringLiteral("seed")).toUInt();
    QElapsedTimer timer;
    timer.start();
    Models::Database db;
    if (!db.open(path, QStringLiteral("gen"))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    QString error;
    if (!Bench::makeScaleShow(db.connection(), size, &error)) {
        std::fprintf(stderr, "cannot write the show: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "%d episodes, %d tweets in %lld ms\n", size.episodes, size.tweets, timer.elapsed());
    return 0;
}
