#include "gui/common/EmptyStatePane.h"
#include "gui/mainwindow/MainWindow.h"

#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace steward;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panesStartEmptyWithTitles()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.imagesPane()->title(), QStringLiteral("Images"));
        QCOMPARE(window.testGroupsPane()->title(), QStringLiteral("Test groups"));
        QCOMPARE(window.promotionPane()->title(), QStringLiteral("Deploy"));
        QCOMPARE(window.registriesPane()->title(), QStringLiteral("Registries and pull quota"));
        for (EmptyStatePane *pane :
             {window.imagesPane(), window.testGroupsPane(), window.promotionPane(), window.registriesPane()}) {
            QVERIFY(pane->isShowingEmptyState());
            QVERIFY(!pane->emptyText().isEmpty());
            QVERIFY(pane->isVisible());
        }
    }

    void paneShowsContentOnceGiven()
    {
        EmptyStatePane pane(QStringLiteral("T"), QStringLiteral("nothing yet"));
        pane.setContent(new QLabel(QStringLiteral("content")));
        QVERIFY(!pane.isShowingEmptyState());
    }

    void germanTranslationIsEmbedded()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QLocale(QLocale::German), QStringLiteral("imagesteward"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")),
                 "imagesteward_de.qm is not embedded under :/i18n");
        QCoreApplication::installTranslator(&translator);
        {
            MainWindow window;
            QCOMPARE(window.imagesPane()->title(), QStringLiteral("Images"));
            QCOMPARE(window.testGroupsPane()->title(), QStringLiteral("Testgruppen"));
            QCOMPARE(window.promotionPane()->title(), QStringLiteral("Bereitstellen"));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
