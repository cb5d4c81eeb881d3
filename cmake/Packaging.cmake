# Install rules for desktop integration and the CPack packages (Debian on Linux; NSIS on Windows and
# DragNDrop on macOS, see packaging/README.md). The application id is the reverse domain of the
# homepage; the .desktop file, the AppStream file and the icons are all named after it.
set(QADESK_APP_ID "example.qadesk.QADesk")
set(QADESK_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)

# The AppStream file carries the project version (one place: project(VERSION) in CMakeLists.txt).
configure_file(${QADESK_PACKAGING_DIR}/linux/${QADESK_APP_ID}.metainfo.xml
               ${PROJECT_BINARY_DIR}/packaging/${QADESK_APP_ID}.metainfo.xml @ONLY)

if(UNIX AND NOT APPLE)
    install(FILES ${QADESK_PACKAGING_DIR}/linux/${QADESK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/${QADESK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${QADESK_PACKAGING_DIR}/icons/qadesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${QADESK_APP_ID}.svg)
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${QADESK_PACKAGING_DIR}/icons/hicolor/${size}x${size}/qadesk.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${QADESK_APP_ID}.png)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/qadesk RENAME copyright)
endif()

set(CPACK_PACKAGE_NAME qadesk)
set(CPACK_PACKAGE_VENDOR "The QA Desk authors")
set(CPACK_PACKAGE_CONTACT "QA Desk <maintainers@qadesk.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Trainers score their engineers' helpdesk tickets against weighted scorecards (Yes, Partly, No, N/A), "
    "engineers see their scores and dispute them, arbiters decide, and the QA admin exports the monthly "
    "KPI table. Tickets come from Zendesk, Freshdesk, Zammad, Omnidesk and Request Tracker.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "QA Desk")
set(CPACK_PACKAGE_EXECUTABLES qadesk "QA Desk")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)

# Debian: the linked libraries are found by dpkg-shlibdeps; plugins loaded at run time are named.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Windows (NSIS) and macOS (DragNDrop): generators and bundle properties; the Qt libraries are
# copied next to the executable by Qt's deployment script (see packaging/README.md).
if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "QA Desk")
    set(CPACK_NSIS_PACKAGE_NAME "QA Desk")
    set(CPACK_NSIS_MUI_ICON ${QADESK_PACKAGING_DIR}/windows/qadesk.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/qadesk.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "QA Desk")
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
include(CPack)
