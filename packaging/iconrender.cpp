// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// iconrender SVG OUTDIR NAME SIZE...: renders the app's SVG icon to the hicolor theme's bitmap sizes,
// OUTDIR/SIZExSIZE/apps/NAME.png, for menus and docks that want a PNG. A build-time tool
// (packaging/CMakeLists.txt), never installed: the icon is drawn once, in SVG, and each size is
// rendered from it by Qt's svg image plugin (Debian: libqt6svg6), as the app itself renders it.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTextStream>

namespace {

bool fail(const QString &message)
{
    QTextStream(stderr) << "iconrender: " << message << '\n';
    return false;
}

bool render(const QString &svg, const QString &outDir, const QString &name, int size)
{
    QImageReader reader(svg, "svg");
    // The plugin draws the vector image straight at this size: no bitmap is scaled down.
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
    if (image.isNull()) {
        return fail(QStringLiteral("cannot render %1 at %2 px: %3").arg(svg).arg(size).arg(reader.errorString()));
    }
    if (image.size() != QSize(size, size)) {
        return fail(QStringLiteral("%1 rendered at %2x%3, not %4 px square")
                        .arg(svg)
                        .arg(image.width())
                        .arg(image.height())
                        .arg(size));
    }
    const QString folder = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
    if (!QDir().mkpath(folder)) {
        return fail(QStringLiteral("cannot create %1").arg(folder));
    }
    QImageWriter writer(QStringLiteral("%1/%2.png").arg(folder, name), "png");
    // Lossless either way: for PNG, Qt turns quality 0 into zlib's strongest level (setCompression() is
    // a ratio there, and 9 would mean almost none). Qt writes no time stamp, so the bytes are reproducible.
    writer.setQuality(0);
    if (!writer.write(image)) {
        return fail(QStringLiteral("cannot write %1: %2").arg(writer.fileName(), writer.errorString()));
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // No display at build time: the offscreen platform is enough to draw into an image.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5) {
        fail(QStringLiteral("usage: iconrender SVG OUTDIR NAME SIZE..."));
        return 2;
    }
    if (!QImageReader::supportedImageFormats().contains("svg")) {
        fail(QStringLiteral("Qt's svg image plugin is missing (Debian: apt-get install libqt6svg6)"));
        return 1;
    }
    for (qsizetype i = 4; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            fail(QStringLiteral("not a size in pixels: %1").arg(arguments.at(i)));
            return 2;
        }
        if (!render(arguments.at(1), arguments.at(2), arguments.at(3), size)) {
            return 1;
        }
    }
    return 0;
}
