// ImageEditDialog: the image name checked as typed, with Kasm's pitfalls said inline and errors keeping Save off; the
// form's values back as a KasmImage; logins offered from the profile.
#include "gui/images/ImageEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace steward;
using namespace steward::gui;

namespace {

template<typename T>
T *field(const ImageEditDialog &dialog, const char *name)
{
    T *found = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("the dialog has no %s", name);
    return found;
}

} // namespace

class TestImageEditDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReferenceIsCheckedAsItIsTyped_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("saveable");
        QTest::addColumn<QStringList>("said");
        QTest::newRow("a Docker Hub name without a tag names both pitfalls")
            << QStringLiteral("kasmweb/chrome") << true
            << QStringList{QStringLiteral("has no tag"), QStringLiteral("names no registry host")};
        QTest::newRow("a private registry without a tag pulls latest")
            << QStringLiteral("registry.example:5000/team/chrome") << true << QStringList{QStringLiteral("has no tag")};
        QTest::newRow("a whole reference has nothing to warn about")
            << QStringLiteral("registry.example:5000/team/chrome:20261128-0400") << true
            << QStringList{QStringLiteral("✔ Agents pull registry.example:5000/team/chrome:20261128-0400")};
        QTest::newRow("capitals in the repository are an error that keeps Save off")
            << QStringLiteral("registry.example/Team/Chrome:1") << false << QStringList{QStringLiteral("✖")};
    }

    void theReferenceIsCheckedAsItIsTyped()
    {
        QFETCH(QString, reference);
        QFETCH(bool, saveable);
        QFETCH(QStringList, said);
        ImageEditDialog dialog;
        QTest::keyClicks(field<QLineEdit>(dialog, "friendlyNameEdit"), QStringLiteral("Chrome"));
        QTest::keyClicks(field<QLineEdit>(dialog, "referenceEdit"), reference);
        const QString shown = field<QLabel>(dialog, "referenceProblems")->text();
        for (const QString &part : said)
            QVERIFY2(shown.contains(part), qPrintable(shown));
        QCOMPARE(dialog.referenceAccepted(), saveable);
        QCOMPARE(field<QPushButton>(dialog, "saveButton")->isEnabled(), saveable);
    }

    void theRegistryFollowsTheReferenceUntilTyped()
    {
        ImageEditDialog dialog;
        auto *registry = field<QLineEdit>(dialog, "registryEdit");
        QTest::keyClicks(field<QLineEdit>(dialog, "referenceEdit"), QStringLiteral("registry.example:5000/a/b:1"));
        QCOMPARE(registry->text(), QStringLiteral("https://registry.example:5000"));
        registry->clear();
        QTest::keyClicks(registry, QStringLiteral("https://mirror.example"));
        QTest::keyClicks(field<QLineEdit>(dialog, "referenceEdit"), QStringLiteral("2"));
        QCOMPARE(registry->text(), QStringLiteral("https://mirror.example"));
    }

    void aNewImageNeedsAFriendlyName()
    {
        ImageEditDialog dialog;
        QTest::keyClicks(field<QLineEdit>(dialog, "referenceEdit"), QStringLiteral("registry.example/a/b:1"));
        QVERIFY(!field<QPushButton>(dialog, "saveButton")->isEnabled());
        QTest::keyClicks(field<QLineEdit>(dialog, "friendlyNameEdit"), QStringLiteral("B"));
        QVERIFY(field<QPushButton>(dialog, "saveButton")->isEnabled());
        QSignalSpy submitted(&dialog, &ImageEditDialog::submitted);
        QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const KasmImage image = dialog.image();
        QCOMPARE(image.friendlyName, QStringLiteral("B"));
        QCOMPARE(image.memoryBytes, 2768000000);
        QCOMPARE(image.cores, 2.0);
        QVERIFY(!image.restrictToZone);
    }

    void editingKeepsTheLoginAndOffersTheProfilesOnes()
    {
        KasmImage image;
        image.imageId = QStringLiteral("img-1");
        image.friendlyName = QStringLiteral("Chrome");
        image.name = QStringLiteral("registry.example:5000/team/chrome:1");
        image.dockerUser = QStringLiteral("puller");
        image.hasDockerToken = true;
        image.zoneId = QStringLiteral("zone-b");
        image.restrictToZone = true;
        ImageEditDialog dialog;
        dialog.setZones(
            {{QStringLiteral("zone-a"), QStringLiteral("A"), {}}, {QStringLiteral("zone-b"), QStringLiteral("B"), {}}});
        dialog.setImage(image);
        store::RegistryRecord login;
        login.url = QStringLiteral("registry.example:5000");
        login.username = QStringLiteral("ci");
        dialog.setLogins({login});
        QVERIFY(dialog.isEditing());
        QCOMPARE(dialog.loginChoice(), ImageEditDialog::LoginChoice::Keep);
        QCOMPARE(dialog.image().zoneId, QStringLiteral("zone-b"));
        auto *logins = field<QComboBox>(dialog, "loginCombo");
        QCOMPARE(logins->count(), 3);
        logins->setCurrentIndex(2);
        QCOMPARE(dialog.loginChoice(), ImageEditDialog::LoginChoice::Stored);
        QCOMPARE(dialog.loginRegistry(), QStringLiteral("registry.example:5000"));
        // A failed save says why and lets the user try again.
        dialog.showSaving();
        QVERIFY(!field<QPushButton>(dialog, "saveButton")->isEnabled());
        dialog.showSaveError(QStringLiteral("Kasm says: no"));
        QVERIFY(field<QLabel>(dialog, "saveMessage")->text().contains(QStringLiteral("Kasm says: no")));
        QVERIFY(field<QPushButton>(dialog, "saveButton")->isEnabled());
    }
};

QTEST_MAIN(TestImageEditDialog)
#include "tst_imageeditdialog.moc"
