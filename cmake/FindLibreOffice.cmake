# FindLibreOffice — locates the LibreOffice SDK (Debian: libreoffice-dev) and the office
# (Debian: libreoffice-calc), and gives functions to turn our IDL into C++ headers.
#
# Results:
#   LibreOffice_FOUND, LibreOffice_SDK_DIR, LibreOffice_PROGRAM_DIR
#   LibreOffice_SOFFICE, LibreOffice_UNOPKG, LibreOffice_UNOIDL_WRITE, LibreOffice_CPPUMAKER
#   LibreOffice_TYPES_RDB (types.rdb), LibreOffice_OFFAPI_RDB (types/offapi.rdb)
#   LibreOffice_PLATFORM (description.xml: linux_x86_64, windows_x86_64, …),
#   LibreOffice_MANIFEST_PLATFORM (manifest.xml: Linux_x86_64, Windows_x86_64, …)
#   imported target LibreOffice::SDK (headers, URE libraries, UNO compile definitions)
# Every failure says which Debian package to install: a new user should not have to guess.

set(_lo_hints /usr/lib/libreoffice /opt/libreoffice /usr/local/lib/libreoffice
    "$ENV{ProgramFiles}/LibreOffice" "C:/Program Files/LibreOffice" /Applications/LibreOffice.app/Contents)
if(LIBREOFFICE_ROOT)   # an explicit root is the only place searched
  set(_lo_hints "${LIBREOFFICE_ROOT}")
  unset(LibreOffice_SDK_DIR CACHE)
  unset(LibreOffice_PROGRAM_DIR CACHE)
endif()

find_path(LibreOffice_SDK_DIR NAMES bin/cppumaker include/cppu/macros.hxx
          PATHS ${_lo_hints} PATH_SUFFIXES sdk NO_DEFAULT_PATH)
find_path(LibreOffice_PROGRAM_DIR NAMES types.rdb
          PATHS ${_lo_hints} PATH_SUFFIXES program Resources NO_DEFAULT_PATH)
# Executables carry the platform's suffix (soffice.exe); unopkg is unopkg.com on Windows.
set(_lo_exe "${CMAKE_EXECUTABLE_SUFFIX}")
set(_lo_unopkg "unopkg${_lo_exe}")
if(WIN32)
  set(_lo_unopkg "unopkg.com")
endif()

set(_lo_missing "")
if(NOT LibreOffice_SDK_DIR)
  string(APPEND _lo_missing
    "\n  - LibreOffice SDK (cppumaker, headers) not found. Install it:  apt-get install libreoffice-dev")
endif()
if(NOT LibreOffice_PROGRAM_DIR OR NOT EXISTS "${LibreOffice_PROGRAM_DIR}/types/offapi.rdb"
   OR NOT EXISTS "${LibreOffice_PROGRAM_DIR}/soffice${_lo_exe}")
  string(APPEND _lo_missing
    "\n  - LibreOffice (soffice, type registries) not found. Install it:  apt-get install libreoffice-calc")
endif()

if(_lo_missing STREQUAL "")
  set(LibreOffice_SOFFICE      "${LibreOffice_PROGRAM_DIR}/soffice${_lo_exe}")
  set(LibreOffice_UNOPKG       "${LibreOffice_PROGRAM_DIR}/${_lo_unopkg}")
  set(LibreOffice_TYPES_RDB    "${LibreOffice_PROGRAM_DIR}/types.rdb")
  set(LibreOffice_OFFAPI_RDB   "${LibreOffice_PROGRAM_DIR}/types/offapi.rdb")
  set(LibreOffice_UNOIDL_WRITE "${LibreOffice_SDK_DIR}/bin/unoidl-write${_lo_exe}")
  set(LibreOffice_UNOIDL_READ  "${LibreOffice_SDK_DIR}/bin/unoidl-read${_lo_exe}")
  set(LibreOffice_CPPUMAKER    "${LibreOffice_SDK_DIR}/bin/cppumaker${_lo_exe}")
  # The URE libraries by their names on each platform: libuno_cppu.so / .dylib, icppu.lib (MSVC
  # import libraries in sdk/lib); find_library adds the prefix and suffix.
  foreach(_pair "uno_cppu=icppu" "uno_cppuhelpergcc3=icppuhelper" "uno_sal=isal" "uno_salhelpergcc3=isalhelper")
    string(REPLACE "=" ";" _names "${_pair}")
    list(GET _names 0 _lib)
    find_library(LibreOffice_${_lib}_LIBRARY NAMES ${_names}
                 PATHS "${LibreOffice_SDK_DIR}/lib" "${LibreOffice_PROGRAM_DIR}" NO_DEFAULT_PATH)
    if(NOT LibreOffice_${_lib}_LIBRARY)
      string(APPEND _lo_missing "\n  - URE library ${_lib} not found. Install:  apt-get install libreoffice-dev")
    endif()
    list(APPEND LibreOffice_LIBRARIES "${LibreOffice_${_lib}_LIBRARY}")
  endforeach()
endif()

include(FindPackageHandleStandardArgs)
if(NOT _lo_missing STREQUAL "")
  set(LibreOffice_FOUND FALSE)
  if(LibreOffice_FIND_REQUIRED)
    message(FATAL_ERROR "p8calc needs LibreOffice to build the extension:${_lo_missing}\n"
            "(or configure with -DP8_WITH_UNO=OFF to build only the core library and its tests)")
  endif()
  return()
endif()
find_package_handle_standard_args(LibreOffice
  REQUIRED_VARS LibreOffice_SDK_DIR LibreOffice_PROGRAM_DIR LibreOffice_CPPUMAKER)

# The UNO compile definitions the SDK headers expect, from the compiler and the platform
# (the SDK's settings.mk): the C++ bridge is "gcc3" for GCC/Clang, "msci"/"mscx" for MSVC.
if(MSVC)
  if(CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(_lo_defs WNT CPPU_ENV=mscx)
  else()
    set(_lo_defs WNT CPPU_ENV=msci)
  endif()
else()
  set(_lo_defs UNX GCC CPPU_ENV=gcc3)
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    list(APPEND _lo_defs LINUX)
  elseif(APPLE)
    list(APPEND _lo_defs MACOSX)
  elseif(CMAKE_SYSTEM_NAME MATCHES "BSD")
    list(APPEND _lo_defs FREEBSD)
  endif()
endif()
# The extension's platform, as description.xml and the manifest name it (linux_x86_64, …).
string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" _lo_cpu)
if(_lo_cpu MATCHES "amd64|x86_64|x64")
  set(_lo_cpu x86_64)
elseif(_lo_cpu MATCHES "arm64|aarch64")
  set(_lo_cpu aarch64)
endif()
if(WIN32)
  set(LibreOffice_PLATFORM "windows_${_lo_cpu}")
  set(LibreOffice_MANIFEST_PLATFORM "Windows_${_lo_cpu}")
elseif(APPLE)
  set(LibreOffice_PLATFORM "macos_${_lo_cpu}")
  set(LibreOffice_MANIFEST_PLATFORM "MacOSX_${_lo_cpu}")
else()
  string(TOLOWER "${CMAKE_SYSTEM_NAME}" _lo_os)
  set(LibreOffice_PLATFORM "${_lo_os}_${_lo_cpu}")
  set(LibreOffice_MANIFEST_PLATFORM "${CMAKE_SYSTEM_NAME}_${_lo_cpu}")
endif()

if(NOT TARGET LibreOffice::SDK)
  add_library(LibreOffice::SDK INTERFACE IMPORTED)
  set_target_properties(LibreOffice::SDK PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${LibreOffice_SDK_DIR}/include"
    INTERFACE_COMPILE_DEFINITIONS "${_lo_defs}"
    INTERFACE_LINK_LIBRARIES "${LibreOffice_LIBRARIES}")
endif()
