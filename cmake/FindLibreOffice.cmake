# FindLibreOffice — locates the LibreOffice SDK (Debian: libreoffice-dev) and the office
# (Debian: libreoffice-calc), and gives functions to turn our IDL into C++ headers.
#
# Results:
#   LibreOffice_FOUND, LibreOffice_SDK_DIR, LibreOffice_PROGRAM_DIR
#   LibreOffice_SOFFICE, LibreOffice_UNOPKG, LibreOffice_UNOIDL_WRITE, LibreOffice_CPPUMAKER
#   LibreOffice_TYPES_RDB (types.rdb), LibreOffice_OFFAPI_RDB (types/offapi.rdb)
#   imported target LibreOffice::SDK (headers, URE libraries, UNO compile definitions)
# Every failure says which Debian package to install: a new user should not have to guess.

set(_lo_hints /usr/lib/libreoffice /opt/libreoffice /usr/local/lib/libreoffice)
if(LIBREOFFICE_ROOT)   # an explicit root is the only place searched
  set(_lo_hints "${LIBREOFFICE_ROOT}")
  unset(LibreOffice_SDK_DIR CACHE)
  unset(LibreOffice_PROGRAM_DIR CACHE)
endif()

find_path(LibreOffice_SDK_DIR NAMES bin/cppumaker include/cppu/macros.hxx
          PATHS ${_lo_hints} PATH_SUFFIXES sdk NO_DEFAULT_PATH)
find_path(LibreOffice_PROGRAM_DIR NAMES soffice.bin types.rdb
          PATHS ${_lo_hints} PATH_SUFFIXES program NO_DEFAULT_PATH)

set(_lo_missing "")
if(NOT LibreOffice_SDK_DIR)
  string(APPEND _lo_missing
    "\n  - LibreOffice SDK (cppumaker, headers) not found. Install it:  apt-get install libreoffice-dev")
endif()
if(NOT LibreOffice_PROGRAM_DIR OR NOT EXISTS "${LibreOffice_PROGRAM_DIR}/types/offapi.rdb"
   OR NOT EXISTS "${LibreOffice_PROGRAM_DIR}/soffice")
  string(APPEND _lo_missing
    "\n  - LibreOffice (soffice, type registries) not found. Install it:  apt-get install libreoffice-calc")
endif()

if(_lo_missing STREQUAL "")
  set(LibreOffice_SOFFICE      "${LibreOffice_PROGRAM_DIR}/soffice")
  set(LibreOffice_UNOPKG       "${LibreOffice_PROGRAM_DIR}/unopkg")
  set(LibreOffice_TYPES_RDB    "${LibreOffice_PROGRAM_DIR}/types.rdb")
  set(LibreOffice_OFFAPI_RDB   "${LibreOffice_PROGRAM_DIR}/types/offapi.rdb")
  set(LibreOffice_UNOIDL_WRITE "${LibreOffice_SDK_DIR}/bin/unoidl-write")
  set(LibreOffice_UNOIDL_READ  "${LibreOffice_SDK_DIR}/bin/unoidl-read")
  set(LibreOffice_CPPUMAKER    "${LibreOffice_SDK_DIR}/bin/cppumaker")
  foreach(_lib uno_cppu uno_cppuhelpergcc3 uno_sal uno_salhelpergcc3)
    find_library(LibreOffice_${_lib}_LIBRARY NAMES ${_lib}
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

if(NOT TARGET LibreOffice::SDK)
  add_library(LibreOffice::SDK INTERFACE IMPORTED)
  set_target_properties(LibreOffice::SDK PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${LibreOffice_SDK_DIR}/include"
    INTERFACE_COMPILE_DEFINITIONS "UNX;GCC;LINUX;CPPU_ENV=gcc3"
    INTERFACE_LINK_LIBRARIES "${LibreOffice_LIBRARIES}")
endif()
