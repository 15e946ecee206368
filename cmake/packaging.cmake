# Installation and the Debian package (docs/building.md, "Debian package").
#
#   cmake --install BUILD --prefix DIR     the files below, under DIR
#   cpack -G DEB (in BUILD)                effekt-studio_VERSION_ARCH.deb, everything under /usr
#
# The programs install themselves (app/CMakeLists.txt, app/cli/CMakeLists.txt); this file adds the
# data (examples), the desktop integration (.desktop file, MIME type, icons, AppStream metainfo) and
# the man pages, and the CPack settings. scripts/package builds the package, scripts/test-package
# installs it into a fresh Debian 12 root and tries it.
include(GNUInstallDirs)

set(EFFEKT_LINUX_DIR ${PROJECT_SOURCE_DIR}/resources/linux)
set(EFFEKT_DATA_DIR ${CMAKE_INSTALL_DATADIR}/effekt-studio)

# The example projects (and templates, once there are any) as read-only data: the project files and
# their JSON form, not the notes for developers or a lock file an open project leaves beside it.
foreach(kind examples templates)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/${kind}/ DESTINATION ${EFFEKT_DATA_DIR}/${kind}
          OPTIONAL FILES_MATCHING PATTERN "*.effekt" PATTERN "*.json" PATTERN ".*" EXCLUDE)
endforeach()

# Man pages, compressed as Debian keeps them.
find_program(EFFEKT_GZIP gzip)
foreach(page effekt.1 effekt-studio.1)
  if(NOT EFFEKT_BUILD_GUI AND page STREQUAL "effekt-studio.1")
    continue()
  endif()
  if(EFFEKT_GZIP)
    add_custom_command(
      OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
      COMMAND ${EFFEKT_GZIP} -9n -c ${EFFEKT_LINUX_DIR}/man/${page} > ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz
      DEPENDS ${EFFEKT_LINUX_DIR}/man/${page}
      COMMENT "Compressing the man page ${page}")
    list(APPEND EFFEKT_MAN_PAGES ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
  else()
    list(APPEND EFFEKT_MAN_PAGES ${EFFEKT_LINUX_DIR}/man/${page})
  endif()
endforeach()
add_custom_target(effekt_man_pages ALL DEPENDS ${EFFEKT_MAN_PAGES})
install(FILES ${EFFEKT_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Desktop integration: the menu entry, the .effekt file type and its icon, the AppStream metainfo.
# dpkg's triggers (desktop-file-utils, shared-mime-info, the hicolor icon cache) update the caches.
if(EFFEKT_BUILD_GUI)
  install(FILES ${EFFEKT_LINUX_DIR}/effekt-studio.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${EFFEKT_LINUX_DIR}/effekt-studio-mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME effekt-studio.xml)
  install(FILES ${EFFEKT_LINUX_DIR}/no.effektstudio.EffektStudio.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  set(icons ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
  install(FILES ${EFFEKT_LINUX_DIR}/icons/effekt-studio.svg DESTINATION ${icons}/scalable/apps)
  install(FILES ${EFFEKT_LINUX_DIR}/icons/effekt-studio.svg
          DESTINATION ${icons}/scalable/mimetypes RENAME application-x-effekt.svg)
  foreach(size 16 32 48 64 128 256)
    set(png ${EFFEKT_LINUX_DIR}/icons/${size}x${size}.png)
    install(FILES ${png} DESTINATION ${icons}/${size}x${size}/apps RENAME effekt-studio.png)
    install(FILES ${png} DESTINATION ${icons}/${size}x${size}/mimetypes RENAME application-x-effekt.png)
  endforeach()
endif()

# The Debian package: one package with both programs; Depends from dpkg-shlibdeps (dpkg-dev).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME effekt-studio)
set(CPACK_PACKAGE_VENDOR "Effekt Studio")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "design and evaluate outcomes contracts (effektkontrakter)")
set(CPACK_PACKAGE_DESCRIPTION
    "Effekt Studio is a desktop application in which municipal planners design outcomes contracts \
(effektkontrakter, social impact bonds), enter the outcomes that were measured, and see what gets \
paid, to whom, and what it is worth. Each project is one .effekt file. The interface speaks \
Norwegian Bokmål and English.\n\
The package also holds the effekt command-line tool, which validates and computes project files \
without a display, and an example project.")
set(CPACK_PACKAGE_CONTACT "Effekt Studio maintainers <maintainers@users.noreply.r-seed-bada71b0.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own translations (the standard dialogs in Bokmål) come from qt6-translations-l10n.
if(EFFEKT_BUILD_GUI)
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()
set(CPACK_STRIP_FILES ON)
include(CPack)
