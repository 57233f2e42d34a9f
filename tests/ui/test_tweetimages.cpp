// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Images in the window (issue 13): the tweet editor's Images section (ImageStrip) fed by file, drop, paste
// and the episode's artwork from a real HTTP server on 127.0.0.1 (../feeds/feedserver.h), its refusals in
// words, OK and Cancel against the media store, and the thumbnails of the tweet pane and the history; on
// the backend ctest chose. With EPISODEDESK_SCREENSHOT_DIR set it also writes the README's picture there:
//
//     EPISODEDESK_SCREENSHOT_DIR=$PWD/docs/screenshots ctest --preset dev -R "test_tweetimages$"

#include "../feeds/feedserver.h"
#include "historydialog.h"
#include "imagestrip.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "media/imageprep.h"
#include "media/mediastore.h"
#include "media/tweetimagestore.h"
#include "postcontroller.h"
#include "store/database.h"
#include "testdatabase.h"
#include "tweetdialog.h"
#include "tweeteditor.h"
#include "tweetpane.h"
#include "uitestutil.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLinearGradient>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

namespace {

// A 1×1 GIF: Qt reads GIFs but cannot write them.
const QByteArray kGif = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage plain(int width, int height, const QColor &color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

// Square episode art, as a show's feed has it.
QImage artwork()
{
    QImage image(1400, 1400, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 1400, 1400);
    gradient.setColorAt(0, QColor(0x1F, 0x3A, 0x5F));
    gradient.setColorAt(1, QColor(0xE0, 0x6C, 0x3C));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 60));
    painter.drawEllipse(QPoint(700, 620), 420, 420);
    painter.setBrush(QColor(0xF5, 0xF1, 0xE8));
    painter.drawRoundedRect(QRect(610, 330, 180, 420), 90, 90); // a microphone
    painter.fillRect(QRect(690, 750, 20, 180), QColor(0xF5, 0xF1, 0xE8));
    painter.fillRect(QRect(560, 920, 280, 24), QColor(0xF5, 0xF1, 0xE8));
    QFont font;
    font.setPixelSize(120);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0xF5, 0xF1, 0xE8));
    painter.drawText(QRect(0, 1060, 1400, 200), Qt::AlignCenter, QStringLiteral("THE STUDIO · EP. 2"));
    return image;
}

// A "guest photo": a figure at a desk with a mixer, in a room with acoustic panels.
QImage studioPhoto()
{
    QImage image(1600, 1067, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(image.rect(), QColor(0x3B, 0x36, 0x33));
    for (int column = 0; column < 5; ++column) {
        for (int row = 0; row < 2; ++row) {
            painter.fillRect(QRect(120 + column * 280, 90 + row * 260, 220, 220),
                             (column + row) % 2 ? QColor(0x5B, 0x6E, 0x5A) : QColor(0x7A, 0x4E, 0x3B));
        }
    }
    painter.fillRect(QRect(0, 720, 1600, 347), QColor(0x8A, 0x64, 0x44)); // the desk
    painter.setBrush(QColor(0xD9, 0xB3, 0x8C));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPoint(800, 420), 110, 130); // a head
    painter.setBrush(QColor(0x2E, 0x5E, 0x8C));
    painter.drawRoundedRect(QRect(620, 540, 360, 260), 80, 80); // shoulders
    painter.setBrush(QColor(0x22, 0x22, 0x22));
    painter.drawRoundedRect(QRect(520, 780, 560, 120), 16, 16); // a mixer
    for (int knob = 0; knob < 8; ++knob) {
        painter.setBrush(knob % 3 ? QColor(0xCC, 0xCC, 0xCC) : QColor(0xE0, 0x6C, 0x3C));
        painter.drawEllipse(QPoint(570 + knob * 66, 840), 16, 16);
    }
    return image;
}

} // namespace

class TweetImagesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initUiTestCase(QStringLiteral("test_tweetimages"));
        QApplication::setApplicationDisplayName(QStringLiteral("EpisodeDesk"));
        m_outputDir = qEnvironmentVariable("EPISODEDESK_SCREENSHOT_DIR");
        if (!m_outputDir.isEmpty()) {
            QVERIFY(QDir().mkpath(m_outputDir));
        }
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const QByteArray art = encode(artwork(), "PNG");
        m_server.route(QStringLiteral("/art/episode7.png"), [art](const SandboxRequest &) {
            SandboxReply reply;
            reply.contentType = "image/png";
            reply.body = art;
            return reply;
        });
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_database->location(), QStringLiteral("gui")), qPrintable(m_db->errorString()));
        const auto show = SeededShow::seed(db());
        QVERIFY(show);
        m_show = *show;
        m_host = std::make_unique<QWidget>();
        m_host->resize(900, 600);
        m_editor = new TweetEditor(db(), nullptr, m_host.get());
        m_host->show();
    }

    void cleanup()
    {
        closeModalDialogs();
        m_host.reset();
        m_db.reset();
        m_database.reset();
        m_dir.reset();
    }

    void addingAFileShowsItWithTheAltWarning()
    {
        TweetDialog *dialog = newTweet(m_show.pilot);
        ImageStrip *strip = dialog->imageStrip();
        QVERIFY(strip);
        strip->addFile(writeImage(QStringLiteral("cover.png"), plain(600, 300, Qt::darkCyan)));
        QVERIFY(strip->isBusy()); // checked off the GUI thread
        QVERIFY(!okButton(dialog)->isEnabled());
        QTRY_COMPARE(strip->images().size(), 1);
        QTRY_VERIFY(!strip->isBusy());
        const TweetImage image = strip->images().first();
        QCOMPARE(image.width, 600);
        QCOMPARE(image.height, 300);
        QCOMPARE(image.fileName, QStringLiteral("cover.png"));
        QVERIFY(MediaStore(db()).find(image.sha256)); // in the store as soon as it is added

        auto *thumbnail = strip->findChild<QLabel *>(QStringLiteral("imageThumbnail"));
        QTRY_VERIFY(!thumbnail->pixmap().isNull());
        QVERIFY(thumbnail->pixmap().deviceIndependentSize().width() <= 72);
        QVERIFY(thumbnail->toolTip().contains(QStringLiteral("PNG 600×300")));

        auto *warning = strip->findChild<QLabel *>(QStringLiteral("altWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("people using screen readers will not know what this image "
                                                         "shows")),
                 qPrintable(warning->text()));
        altEdit(strip, 0)->setPlainText(QStringLiteral("The episode's cover: a teal rectangle"));
        QVERIFY(!warning->isVisible());
        QCOMPARE(strip->findChild<QLabel *>(QStringLiteral("altCounter"))->text(), QStringLiteral("37 / 1000"));
        QCOMPARE(strip->images().first().alt, QStringLiteral("The episode's cover: a teal rectangle"));
    }

    void altTextOver1000IsRefused()
    {
        TweetDialog *dialog = newTweet(m_show.pilot);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(QStringLiteral("New {url}"));
        ImageStrip *strip = dialog->imageStrip();
        strip->addFile(writeImage(QStringLiteral("a.png"), plain(100, 100, Qt::red)));
        QTRY_COMPARE(strip->images().size(), 1);
        QTRY_VERIFY(okButton(dialog)->isEnabled());
        altEdit(strip, 0)->setPlainText(QString(1001, QLatin1Char('a')));
        auto *counter = strip->findChild<QLabel *>(QStringLiteral("altCounter"));
        QCOMPARE(counter->text(), QStringLiteral("1001 / 1000"));
        QVERIFY(counter->property("overLimit").toBool());
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(strip->problem(),
                 QStringLiteral("The alt text of image 1 is too long by 1 character: X takes up "
                                "to 1,000."));
        QCOMPARE(strip->findChild<QLabel *>(QStringLiteral("altWarning"))->text(),
                 QStringLiteral("Too long by 1 character: X takes up to 1,000."));
        altEdit(strip, 0)->setPlainText(QString(1003, QLatin1Char('a')));
        QCOMPARE(strip->findChild<QLabel *>(QStringLiteral("altWarning"))->text(),
                 QStringLiteral("Too long by 3 characters: X takes up to 1,000."));
        altEdit(strip, 0)->setPlainText(QString(1000, QLatin1Char('a')));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(strip->problem().isEmpty());
    }

    void aFifthImageIsRefused()
    {
        TweetDialog *dialog = newTweet(m_show.pilot);
        ImageStrip *strip = dialog->imageStrip();
        const QList<QColor> colors {Qt::red, Qt::green, Qt::blue, Qt::yellow, Qt::magenta};
        for (int i = 0; i < 5; ++i) {
            strip->addFile(writeImage(QStringLiteral("%1.png").arg(i), plain(50, 50, colors.at(i))));
        }
        // Four queued fill the tweet: the fifth is refused at once, in X's rule's words.
        QCOMPARE(strip->message(),
                 QStringLiteral("“4.png” was not added. X takes at most 4 images on a post; this "
                                "one has 5."));
        QTRY_COMPARE(strip->images().size(), 4);
        QTRY_VERIFY(!strip->isBusy());
        QVERIFY(!strip->findChild<QPushButton *>(QStringLiteral("addImageButton"))->isEnabled());
        QCOMPARE(strip->images().at(3).fileName, QStringLiteral("3.png")); // in the order given
        strip->addFile(writeImage(QStringLiteral("late.png"), plain(50, 50, Qt::cyan)));
        QVERIFY(strip->message().endsWith(QStringLiteral("X takes at most 4 images on a post; this one has 5.")));
        QCOMPARE(strip->images().size(), 4);
    }

    void aGifWithOtherImagesIsRefused()
    {
        TweetDialog *dialog = newTweet(m_show.pilot);
        ImageStrip *strip = dialog->imageStrip();
        strip->addFile(writeImage(QStringLiteral("a.png"), plain(60, 60, Qt::red)));
        QTRY_COMPARE(strip->images().size(), 1);
        strip->addFile(writeFile(QStringLiteral("dance.gif"), kGif));
        QTRY_VERIFY(!strip->isBusy());
        QCOMPARE(strip->images().size(), 1);
        QCOMPARE(strip->message(),
                 QStringLiteral("“dance.gif” was not added. X takes a GIF only on its own: a post "
                                "has one GIF or up to 4 other images."));
    }

    void aTruncatedFileShowsItsSentence()
    {
        TweetDialog *dialog = newTweet(m_show.pilot);
        ImageStrip *strip = dialog->imageStrip();
        const QByteArray png = encode(plain(400, 400, Qt::darkGreen), "PNG");
        const QString path = writeFile(QStringLiteral("cut.png"), png.left(png.size() / 2));
        const QString expected = prepareImageFile(path).error;
        QVERIFY(!expected.isEmpty());
        strip->addFile(path);
        QTRY_VERIFY(!strip->isBusy());
        QVERIFY(strip->images().isEmpty());
        QCOMPARE(strip->message(), expected);
        QVERIFY(strip->findChild<QLabel *>(QStringLiteral("imageMessage"))->isVisible());
    }

    void aLargeImageIsReencodedAndSaysSo()
    {
        // Noise does not compress: over 5 MB as PNG.
        QImage noise(1400, 1400, QImage::Format_RGB32);
        auto *random = QRandomGenerator::global();
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x) {
                line[x] = 0xFF000000u | (random->generate() & 0xFFFFFFu);
            }
        }
        const QString path = writeImage(QStringLiteral("big.png"), noise);
        QVERIFY(QFileInfo(path).size() > kMaxImageBytes);
        TweetDialog *dialog = newTweet(m_show.pilot);
        ImageStrip *strip = dialog->imageStrip();
        strip->addFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!strip->isBusy(), 30000);
        QCOMPARE(strip->images().size(), 1);
        const TweetImage image = strip->images().first();
        QCOMPARE(image.mimeType, QStringLiteral("image/jpeg"));
        QVERIFY(!image.originalSha256.isEmpty());
        QCOMPARE(strip->message(),
                 QStringLiteral("“big.png” was re-encoded as JPEG %1×%2 to fit X's 5 MB; the "
                                "original is kept.")
                     .arg(image.width)
                     .arg(image.height));
        QVERIFY(
            strip->findChild<QLabel *>(QStringLiteral("imageNote"))->text().startsWith(QStringLiteral("Re-encoded")));
    }

    void droppedFilesAreAdded()
    {
        TweetDialog *dialog = newTweet(m_show.pilot);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
        text->setPlainText(QStringLiteral("Out now {url}"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(writeImage(QStringLiteral("one.png"), plain(80, 40, Qt::red))),
                      QUrl::fromLocalFile(writeImage(QStringLiteral("two.jpg"), plain(40, 80, Qt::blue)))});
        // Onto the text box, which would take the paths as text: the images get them.
        QVERIFY(drop(text->viewport(), &mime));
        QTRY_COMPARE(dialog->imageStrip()->images().size(), 2);
        QCOMPARE(dialog->imageStrip()->images().at(0).fileName, QStringLiteral("one.png"));
        QCOMPARE(dialog->imageStrip()->images().at(1).mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(text->toPlainText(), QStringLiteral("Out now {url}"));

        // Onto the dialog itself (its labels and buttons take no drops).
        QMimeData another;
        another.setUrls({QUrl::fromLocalFile(writeImage(QStringLiteral("three.png"), plain(30, 30, Qt::green)))});
        QVERIFY(drop(dialog, &another));
        QTRY_COMPARE(dialog->imageStrip()->images().size(), 3);

        // A text file is no image: the drop is not taken.
        QMimeData notes;
        notes.setUrls({QUrl::fromLocalFile(writeFile(QStringLiteral("notes.txt"), "hello"))});
        QVERIFY(!drop(dialog, &notes));
    }

    void pastedImageDataIsAdded()
    {
        TweetDialog *dialog = newTweet(m_show.pilot);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
        text->setPlainText(QStringLiteral("Out now"));
        QGuiApplication::clipboard()->setImage(plain(320, 200, Qt::darkMagenta));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(dialog->imageStrip()->images().size(), 1);
        const TweetImage image = dialog->imageStrip()->images().first();
        QCOMPARE(image.width, 320);
        QCOMPARE(image.height, 200);
        QCOMPARE(image.mimeType, QStringLiteral("image/png"));
        QCOMPARE(text->toPlainText(), QStringLiteral("Out now"));

        // Text on the clipboard pastes as text, as ever.
        QGuiApplication::clipboard()->setText(QStringLiteral(" {url}"));
        text->moveCursor(QTextCursor::End);
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(text->toPlainText(), QStringLiteral("Out now {url}"));
        QCOMPARE(dialog->imageStrip()->images().size(), 1);

        // A copied file, with the focus on a button: the file.
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(writeImage(QStringLiteral("copied.png"), plain(90, 90, Qt::yellow)))});
        QGuiApplication::clipboard()->setMimeData(mime);
        okButton(dialog)->setFocus();
        QTest::keyClick(okButton(dialog), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(dialog->imageStrip()->images().size(), 2);
        QCOMPARE(dialog->imageStrip()->images().at(1).fileName, QStringLiteral("copied.png"));
    }

    void useEpisodeArtworkDownloadsIt()
    {
        const QUrl art = m_server.url(QStringLiteral("/art/episode7.png"));
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("UPDATE episodes SET image = '%1' WHERE id = %2")
                               .arg(art.toString())
                               .arg(m_show.interview)));
        TweetDialog *dialog = newTweet(m_show.interview);
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("useArtworkButton"));
        QVERIFY(button->isEnabled());
        QVERIFY(button->toolTip().contains(art.toDisplayString()));
        button->click();
        QVERIFY(dialog->imageStrip()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->imageStrip()->isBusy(), 20000);
        QCOMPARE(dialog->imageStrip()->images().size(), 1);
        const TweetImage image = dialog->imageStrip()->images().first();
        QCOMPARE(image.width, 1400);
        QCOMPARE(image.height, 1400);
        QCOMPARE(m_server.requests(QStringLiteral("/art/episode7.png")).size(), 1);
        dialog->reject();

        // An episode with no image, in a show without a feed: off, saying why.
        TweetDialog *other = newTweet(m_show.upcoming);
        auto *off = other->findChild<QPushButton *>(QStringLiteral("useArtworkButton"));
        QVERIFY(!off->isEnabled());
        QCOMPARE(off->toolTip(),
                 QStringLiteral("This episode has no artwork: its feed names no image for it or for the "
                                "show."));
    }

    void okSavesTheImagesWithTheirAltText()
    {
        TweetDialog *dialog = newTweet(m_show.pilot);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(QStringLiteral("New! {url}"));
        ImageStrip *strip = dialog->imageStrip();
        strip->addFile(writeImage(QStringLiteral("art.png"), plain(300, 300, Qt::darkBlue)));
        strip->addFile(writeImage(QStringLiteral("guest.jpg"), plain(400, 300, Qt::darkRed)));
        QTRY_COMPARE(strip->images().size(), 2);
        QTRY_VERIFY(okButton(dialog)->isEnabled());
        altEdit(strip, 0)->setPlainText(QStringLiteral("Episode art"));
        altEdit(strip, 1)->setPlainText(QStringLiteral("Our guest at the microphone"));
        QSignalSpy saved(m_editor, &TweetEditor::saved);
        okButton(dialog)->click();
        QTRY_VERIFY(!modalDialog<TweetDialog>());
        QCOMPARE(saved.size(), 1);
        const qint64 id = saved.first().first().toLongLong();
        const QList<TweetImage> stored = TweetImageStore(db()).images(id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).alt, QStringLiteral("Episode art"));
        QCOMPARE(stored.at(1).alt, QStringLiteral("Our guest at the microphone"));
        QCOMPARE(stored.at(1).mimeType, QStringLiteral("image/jpeg"));

        // Reopened, they are there; removing one and saving leaves one, and the other's media goes.
        m_editor->editTweet(id);
        TweetDialog *again = nullptr;
        QTRY_VERIFY((again = modalDialog<TweetDialog>()) != nullptr);
        QCOMPARE(again->imageStrip()->images(), stored);
        QVERIFY(!again->imagesChanged());
        again->imageStrip()->removeImage(0);
        QVERIFY(again->imagesChanged());
        okButton(again)->click();
        QTRY_VERIFY(!modalDialog<TweetDialog>());
        QCOMPARE(TweetImageStore(db()).images(id), QList<TweetImage> {stored.at(1)});
        QVERIFY(!MediaStore(db()).find(stored.at(0).sha256));
    }

    void cancelLeavesNoUnusedMedia()
    {
        TweetDialog *dialog = newTweet(m_show.pilot);
        dialog->imageStrip()->addFile(writeImage(QStringLiteral("a.png"), plain(70, 70, Qt::gray)));
        QTRY_COMPARE(dialog->imageStrip()->images().size(), 1);
        QCOMPARE(mediaCount(), 1);
        dialog->reject();
        QTRY_VERIFY(!modalDialog<TweetDialog>());
        QCOMPARE(mediaCount(), 0);
    }

    void aSentTweetShowsWhatWasSent()
    {
        const auto [image, alt] = sendWithImage(m_show.postedTweet, QStringLiteral("Sent art"), QStringLiteral("1790"));
        m_editor->editTweet(m_show.postedTweet);
        TweetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<TweetDialog>()) != nullptr);
        QVERIFY(dialog->isReadOnly());
        ImageStrip *strip = dialog->imageStrip();
        QCOMPARE(strip->images().size(), 1);
        QCOMPARE(strip->images().first().sha256, image.sha256);
        QCOMPARE(strip->images().first().alt, alt);
        QVERIFY(!strip->findChild<QPushButton *>(QStringLiteral("addImageButton"))->isVisible());
        QVERIFY(!strip->findChild<QPushButton *>(QStringLiteral("removeImageButton"))->isVisible());
        QVERIFY(altEdit(strip, 0)->isReadOnly());
        dialog->reject();
        QTRY_VERIFY(!modalDialog<TweetDialog>());
        QCOMPARE(mediaCount(), 1); // an attempt's images are its history
    }

    void thePaneShowsThumbnailsAndAltText()
    {
        const TweetImage first = put(plain(500, 500, Qt::darkYellow), QStringLiteral("first.png"));
        const TweetImage second = put(plain(300, 200, Qt::darkGreen), QStringLiteral("second.png"));
        QList<TweetImage> images {first, second};
        images[0].alt = QStringLiteral("The pilot's cover");
        QVERIFY2(TweetImageStore(db()).setImages(m_show.pendingTweet, images),
                 qPrintable(TweetImageStore(db()).lastError()));

        auto *model = new TweetTableModel(db(), m_host.get());
        auto *controller = new PostController(db(), model, m_host.get());
        auto *pane = new TweetPane(db(), model, controller, m_editor, m_host.get());
        auto *layout = new QVBoxLayout(m_host.get());
        layout->addWidget(pane);
        pane->setEpisode(m_show.pilot, QStringLiteral("Pilot"));
        model->setEpisode(m_show.pilot);
        model->reload();
        pane->afterReload();
        const int row = model->rowOf(m_show.pendingTweet);
        QVERIFY(row >= 0);
        const QModelIndex text = model->index(row, TweetTableModel::TextColumn);
        QCOMPARE(text.data(ImagesRole).value<QList<TweetImage>>(), images);
        const QString tip = text.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("2 images:\n1. PNG 500×500")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("alt: “The pilot's cover”")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("2. PNG 300×200")) && tip.contains(QStringLiteral("no alt text")),
                 qPrintable(tip));
        QVERIFY(model->index(model->rowOf(m_show.postedTweet), TweetTableModel::TextColumn)
                    .data(ImagesRole)
                    .value<QList<TweetImage>>()
                    .isEmpty());

        QVERIFY(pane->selectTweet(m_show.pendingTweet));
        auto *noteImages = pane->findChild<QLabel *>(QStringLiteral("tweetNoteImages"));
        QVERIFY(noteImages->isVisibleTo(pane));
        QTRY_VERIFY(!noteImages->pixmap().isNull());
        QVERIFY(noteImages->toolTip().contains(QStringLiteral("Image 1: The pilot's cover")));
        QVERIFY(noteImages->toolTip().contains(QStringLiteral("Image 2: no alt text")));
        QVERIFY(pane->selectTweet(m_show.postedTweet));
        QVERIFY(!noteImages->isVisibleTo(pane));

        // The row's decoration: the first thumbnail and "+1", drawn once made (never decoded in paint).
        QTRY_VERIFY(rowHasPicture(pane->view(), pane->proxy()->mapFromSource(text)));

        // Changed elsewhere (another window, a teammate): the same reload shows it.
        images[1].alt = QStringLiteral("A chart");
        QVERIFY(TweetImageStore(db()).setImages(m_show.pendingTweet, images));
        model->reload();
        QCOMPARE(model->imagesAt(model->rowOf(m_show.pendingTweet)).at(1).alt, QStringLiteral("A chart"));
    }

    void theHistoryShowsWhatEachAttemptSent()
    {
        const auto [image, alt] = sendWithImage(m_show.postedTweet, QStringLiteral("Sent art"), QStringLiteral("1790"));
        HistoryDialog history(db());
        history.setConfigId(m_show.postedTweet);
        history.show();
        auto *table = history.findChild<QTableWidget *>(QStringLiteral("attemptTable"));
        QCOMPARE(table->rowCount(), 1);
        QTableWidgetItem *cell = table->item(0, HistoryDialog::ImagesColumn);
        QCOMPARE(cell->text(), QStringLiteral("“Sent art”, media 1790"));
        QVERIFY(cell->toolTip().contains(QStringLiteral("PNG 240×240")));
        QTRY_VERIFY(!cell->icon().isNull());
        QCOMPARE(table->horizontalHeaderItem(HistoryDialog::ImagesColumn)->text(), QStringLiteral("Images"));
    }

    void screenshotOfTheEditorWithTwoImages()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("UPDATE episodes SET image = '%1' WHERE id = %2")
                               .arg(m_server.url(QStringLiteral("/art/episode7.png")).toString())
                               .arg(m_show.interview)));
        TweetDialog *dialog = newTweet(m_show.interview);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
            ->setPlainText(QStringLiteral("New episode {number}: {title}. Ada on engines, poetry and the first "
                                          "program. Listen: {url}"));
        dialog->findChild<QPushButton *>(QStringLiteral("useArtworkButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->imageStrip()->isBusy(), 20000);
        dialog->imageStrip()->addFile(writeImage(QStringLiteral("studio.jpg"), studioPhoto()));
        QTRY_COMPARE(dialog->imageStrip()->images().size(), 2);
        QTRY_VERIFY(!dialog->imageStrip()->isBusy());
        altEdit(dialog->imageStrip(), 0)
            ->setPlainText(QStringLiteral("Episode 2 artwork: a white microphone on a blue-to-orange gradient, "
                                          "above the words \u201cThe Studio \u00b7 Ep. 2\u201d."));
        altEdit(dialog->imageStrip(), 1)
            ->setPlainText(QStringLiteral("Our guest at the desk in the studio, behind a mixer, with acoustic "
                                          "panels on the wall."));
        for (QLabel *thumbnail : dialog->imageStrip()->findChildren<QLabel *>(QStringLiteral("imageThumbnail"))) {
            QTRY_VERIFY(!thumbnail->pixmap().isNull());
        }
        QVERIFY(okButton(dialog)->isEnabled());
        dialog->adjustSize();
        // Every row as high as it needs: the alt text boxes are not squeezed (their height is fixed).
        for (QWidget *row : dialog->imageStrip()->findChildren<QWidget *>(QStringLiteral("imageRow"))) {
            QTRY_VERIFY(row->height() >= row->minimumSizeHint().height());
        }
        QString error;
        QVERIFY2(
            saveScreenshot(dialog->grab(), dialog->size(), m_outputDir, QStringLiteral("tweet-images.png"), &error),
            qPrintable(error));
    }

private:
    QSqlDatabase db() const { return m_db->connection(); }

    TweetDialog *newTweet(qint64 episodeId)
    {
        m_editor->newTweet(episodeId, m_show.xAccount);
        TweetDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = modalDialog<TweetDialog>()) != nullptr);
        }();
        return dialog;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qWarning("could not write %s", qPrintable(path));
        }
        return path;
    }

    QString writeImage(const QString &name, const QImage &image)
    {
        return writeFile(name, encode(image, name.endsWith(QLatin1String(".jpg")) ? "JPEG" : "PNG"));
    }

    static QPlainTextEdit *altEdit(ImageStrip *strip, int index)
    {
        // In the order shown (removed rows are renamed until they are deleted).
        const QList<QWidget *> rows = strip->findChildren<QWidget *>(QStringLiteral("imageRow"));
        return index < rows.size() ? rows.at(index)->findChild<QPlainTextEdit *>(QStringLiteral("altTextEdit"))
                                   : nullptr;
    }

    // What a file manager's drag does: enter, then drop; true when the drop was taken.
    static bool drop(QWidget *target, QMimeData *mime)
    {
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted()) {
            return false;
        }
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        return dropEvent.isAccepted();
    }

    TweetImage put(const QImage &picture, const QString &name)
    {
        const ImageCheck check = prepareImage(encode(picture, "PNG"), name);
        const auto stored = check.ok() ? MediaStore(db()).put(*check.image) : std::nullopt;
        return stored.value_or(TweetImage {});
    }

    // An attempt that sent the tweet with one image, as the engine records it (attempt_images).
    std::pair<TweetImage, QString> sendWithImage(qint64 configId, const QString &alt, const QString &mediaId)
    {
        const TweetImage image = put(plain(240, 240, Qt::darkCyan), QStringLiteral("sent.png"));
        QSqlQuery query(db());
        bool ok = query.exec(QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, "
                                            "claimed_by, started_at, finished_at, http_status, outcome, post_id) "
                                            "VALUES ('att-1', %1, %2, 'Episode 1 is out', 'test', "
                                            "'2026-01-05T09:59:59.000Z', '2026-01-05T10:00:00.000Z', 201, 'posted', "
                                            "'1234')")
                                 .arg(configId)
                                 .arg(m_show.xAccount));
        ok = ok &&
            query.exec(QStringLiteral("INSERT INTO attempt_images (attempt_id, slot, sha256, alt, media_id) VALUES "
                                      "('att-1', 0, '%1', '%2', '%3')")
                           .arg(image.sha256, alt, mediaId));
        ok = ok &&
            query.exec(QStringLiteral("UPDATE tweet_configs SET attempt_id = 'att-1' WHERE id = %1").arg(configId));
        if (!ok) {
            qWarning("recording the attempt failed: %s", qPrintable(query.lastError().text()));
        }
        return {image, alt};
    }

    int mediaCount() const
    {
        QSqlQuery query(db());
        return query.exec(QStringLiteral("SELECT count(*) FROM media")) && query.next() ? query.value(0).toInt() : -1;
    }

    // Whether the row's text cell starts with something that is not the base colour (the thumbnail).
    static bool rowHasPicture(QTableView *view, const QModelIndex &index)
    {
        const QRect cell = view->visualRect(index);
        const QImage picture = view->viewport()->grab(cell).toImage();
        const int side = view->fontMetrics().height();
        for (int x = 2; x < qMin(side + 6, picture.width()); ++x) {
            const QColor color = picture.pixelColor(x, picture.height() / 2);
            if (qAbs(color.red() - 0x80) < 40 && qAbs(color.green() - 0x80) < 40 && color.blue() < 40) {
                return true; // Qt::darkYellow
            }
        }
        return false;
    }

    QString m_outputDir;
    FeedServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    TweetEditor *m_editor = nullptr;
    SeededShow m_show;
};

QTEST_MAIN(TweetImagesTest)
#include "test_tweetimages.moc"
