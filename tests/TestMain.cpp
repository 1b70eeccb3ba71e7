// gtest main with the Qt application object tests need. Tests run with the C locale and the
// offscreen platform (set by ctest), so output and widgets do not depend on the machine.

#include <gtest/gtest.h>

#include <QStandardPaths>

#ifdef MINUTEBOOK_TEST_GUI
#include <QApplication>
using Application = QApplication;
#else
#include <QCoreApplication>
using Application = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    Application app(argc, argv);
    // Never touch the user's own Minutebook files from a test.
    QStandardPaths::setTestModeEnabled(true);
    Application::setOrganizationName(QStringLiteral("MinutebookTests"));
    Application::setApplicationName(QStringLiteral("MinutebookTests"));
    return RUN_ALL_TESTS();
}
