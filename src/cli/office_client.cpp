#include "office_client.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/xml/sax/InputSource.hpp>
#include <com/sun/star/xml/sax/SAXException.hpp>
#include <com/sun/star/xml/sax/XParser.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <vector>

namespace p8::cli {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

const double kConnectSeconds = 90;

double since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

css::beans::PropertyValue prop(const char* name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

rtl::OUString fileUrl(const std::string& path) {
  rtl::OUString url;
  osl::FileBase::getFileURLFromSystemPath(rtl::OUString::fromUtf8(path.c_str()), url);
  return url;
}

bool endsWithCsv(const std::string& path) {
  if (path.size() < 4) return false;
  std::string ext = path.substr(path.size() - 4);
  for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".csv";
}

std::runtime_error error(const std::string& vi, const std::string& en) { return std::runtime_error(vi + "\n" + en); }

}  // namespace

std::pair<std::string, std::string> splitMessage(const std::string& message) {
  const auto nl = message.find('\n');
  if (nl == std::string::npos) return {message, message};
  return {message.substr(0, nl), message.substr(nl + 1)};
}

OfficeClient::OfficeClient(OfficeProcess& process, std::string exeDir, int timeoutSeconds)
    : m_process(process), m_exeDir(std::move(exeDir)), m_timeout(timeoutSeconds) {
  m_watcher = std::thread([this] { watch(); });
}

OfficeClient::~OfficeClient() {
  stop();
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_quit = true;
  }
  m_cv.notify_all();
  m_watcher.join();
}

void OfficeClient::watch() {
  std::unique_lock<std::mutex> lock(m_mutex);
  while (!m_quit) {
    if (!m_armed) {
      m_cv.wait(lock);
      continue;
    }
    if (m_cv.wait_until(lock, m_deadline) == std::cv_status::timeout && m_armed &&
        std::chrono::steady_clock::now() >= m_deadline) {
      m_fired = true;
      m_armed = false;
      m_process.kill();   // the blocked call returns with a DisposedException
    }
  }
}

void OfficeClient::arm() {
  std::lock_guard<std::mutex> lock(m_mutex);
  m_armed = true;
  m_fired = false;
  m_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(m_timeout);
  m_cv.notify_all();
}

void OfficeClient::disarm() {
  std::lock_guard<std::mutex> lock(m_mutex);
  m_armed = false;
  m_cv.notify_all();
}

OfficeFailure OfficeClient::failure() {
  bool fired;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    fired = m_fired;
  }
  if (fired) return OfficeFailure::TimedOut;
  // A crash reaches us first as a broken bridge; the office's wrapper process notices its
  // soffice.bin died a moment later.
  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (m_process.running()) {
    if (std::chrono::steady_clock::now() > end) return OfficeFailure::None;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return OfficeFailure::Crashed;
}

void OfficeClient::start() {
  if (!m_local.is()) {
    try {
      m_local = cppu::defaultBootstrap_InitialComponentContext(fileUrl(m_exeDir + "/p8calc-uno.ini"));
    } catch (const css::uno::Exception& e) {
      throw error("không khởi động được cầu nối UNO (" + m_exeDir + "/p8calc-uno.ini): " + str(e.Message),
                  "cannot bootstrap the UNO bridge (" + m_exeDir + "/p8calc-uno.ini): " + str(e.Message));
    }
  }
  const char* soffice = std::getenv("P8_SOFFICE");
  m_process.start(m_exeDir + "/office-profile", soffice && *soffice ? soffice : P8_SOFFICE_PATH);
  Reference<css::bridge::XUnoUrlResolver> resolver = css::bridge::UnoUrlResolver::create(m_local);
  const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(kConnectSeconds);
  const rtl::OUString url = rtl::OUString::fromUtf8(m_process.unoUrl().c_str());
  for (;;) {
    try {
      m_remote.set(resolver->resolve(url), UNO_QUERY_THROW);
      break;
    } catch (const css::connection::NoConnectException&) {
      if (!m_process.running())
        throw error("LibreOffice dừng ngay khi khởi động; hãy thử lại, hoặc kiểm tra cài đặt LibreOffice.",
                    "LibreOffice stopped while starting; try again, or check the LibreOffice installation.");
      if (std::chrono::steady_clock::now() > end) {
        m_process.kill();
        throw error("LibreOffice không sẵn sàng sau 90 giây; máy có thể đang quá tải, hãy thử lại.",
                    "LibreOffice was not ready after 90 s; the machine may be overloaded, try again.");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  m_desktop = css::frame::Desktop::create(m_remote);
  m_batch.set(m_remote->getServiceManager()->createInstanceWithContext("org.p8.p8calc.Batch", m_remote), UNO_QUERY);
  if (!m_batch.is())
    throw error("tiện ích p8calc chưa được cài vào hồ sơ LibreOffice riêng; hãy build lại (cmake --build build).",
                "the p8calc extension is not installed in the private LibreOffice profile; build again (cmake --build build).");
}

void OfficeClient::stop() {
  if (m_desktop.is()) {
    arm();
    try {
      m_desktop->terminate();
    } catch (...) {   // it may go away before it answers
    }
    disarm();
  }
  m_batch.clear();
  m_desktop.clear();
  m_remote.clear();
  m_process.stop(5);
}

LoadedDocument OfficeClient::load(const std::string& path) {
  LoadedDocument out;
  rtl::Reference<RefusingHandler> handler(new RefusingHandler);
  std::vector<css::beans::PropertyValue> args = {
      prop("Hidden", css::uno::Any(true)),
      prop("ReadOnly", css::uno::Any(true)),
      prop("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE)),
      prop("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE)),
      prop("RepairPackage", css::uno::Any(false)),
      prop("Silent", css::uno::Any(true)),
      prop("InteractionHandler", css::uno::Any(Reference<css::task::XInteractionHandler>(handler.get()))),
  };
  if (endsWithCsv(path)) {   // as Calc's text import offers by default: comma, "quotes", UTF-8
    args.push_back(prop("FilterName", css::uno::Any(rtl::OUString("Text - txt - csv (StarCalc)"))));
    args.push_back(prop("FilterOptions", css::uno::Any(rtl::OUString("44,34,76,1"))));
  }
  Reference<css::lang::XComponent> doc;
  std::string why;
  auto t = std::chrono::steady_clock::now();
  try {
    doc = m_desktop->loadComponentFromURL(fileUrl(path), "_blank", 0,
                                          css::uno::Sequence<css::beans::PropertyValue>(args.data(), sal_Int32(args.size())));
  } catch (const css::lang::DisposedException&) {
    throw;
  } catch (const css::uno::RuntimeException&) {
    if (!m_process.running()) throw;
  } catch (const css::uno::Exception& e) {
    why = str(e.Message);
  }
  times.load += since(t);
  if (handler->passwordAsked) {
    close(Reference<css::frame::XModel>(doc, UNO_QUERY));
    out.failure_vi = "tệp có mật khẩu: hãy lưu một bản không đặt mật khẩu rồi kiểm tra bản đó";
    out.failure_en = "the file is password-protected: save a copy without a password and check that copy";
    return out;
  }
  if (!doc.is()) {
    if (handler->optionsAsked) {
      out.failure_vi = "tệp văn bản không phải .csv: p8calc chỉ đọc tệp .csv (phân cách bằng dấu phẩy, UTF-8); hãy lưu thành .csv, .ods hoặc .xlsx";
      out.failure_en = "a text file that is not .csv: p8calc reads only .csv text files (comma-separated, UTF-8); save it as .csv, .ods or .xlsx";
    } else if (handler->damageReported || packageDamaged(path)) {
      out.failure_vi = "tệp bị hỏng, LibreOffice không mở được; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại";
      out.failure_en = "the file is damaged and LibreOffice cannot open it; open it in the program that made it and save it again";
    } else {
      out.failure_vi = "không mở được tệp: không phải bảng tính (.ods, .xlsx, .xls, .csv) hoặc tệp bị hỏng";
      out.failure_en = "cannot open the file: it is not a spreadsheet (.ods, .xlsx, .xls, .csv) or it is damaged";
    }
    return out;
  }
  out.model.set(doc, UNO_QUERY);
  Reference<css::sheet::XCalculatable> calc(doc, UNO_QUERY);
  if (!calc.is()) {
    close(out.model);
    out.model.clear();
    out.failure_vi = "không phải bảng tính (tài liệu văn bản hoặc loại tệp khác); hãy mở tệp bằng Calc và lưu thành .ods hoặc .xlsx";
    out.failure_en = "not a spreadsheet (a text document or another kind of file); open it in Calc and save it as .ods or .xlsx";
    return out;
  }
  t = std::chrono::steady_clock::now();
  const bool damaged = handler->damageReported || packageDamaged(path);
  times.verify += since(t);
  if (damaged) {
    out.damaged = true;
    out.failure_vi = "LibreOffice báo tệp bị hỏng khi mở";
    out.failure_en = "LibreOffice reported damage while opening the file";
  }
  t = std::chrono::steady_clock::now();
  calc->calculateAll();   // read-only: the results live in memory only, nothing is saved
  times.recalc += since(t);
  ++times.files;
  return out;
}

bool OfficeClient::packageDamaged(const std::string& path) {
  const Reference<css::lang::XMultiComponentFactory> smgr = m_remote->getServiceManager();
  css::uno::Any url(fileUrl(path));
  Reference<css::container::XNameAccess> parts;
  try {
    parts.set(smgr->createInstanceWithArgumentsAndContext("com.sun.star.packages.zip.ZipFileAccess",
                                                          css::uno::Sequence<css::uno::Any>(&url, 1), m_remote),
              UNO_QUERY);
  } catch (const css::uno::RuntimeException&) {
    if (!m_process.running()) throw;
    return false;
  } catch (const css::uno::Exception&) {
    return false;   // no zip package (.xls, .csv): nothing of this kind to verify
  }
  if (!parts.is()) return false;
  Reference<css::xml::sax::XParser> parser;
  for (const rtl::OUString& name : parts->getElementNames()) {
    // The parts that carry cells: ODF content, OOXML workbook, sheets and shared strings.
    if (name != "content.xml" && name != "xl/workbook.xml" && name != "xl/sharedStrings.xml" &&
        !(name.startsWith("xl/worksheets/") && name.endsWithIgnoreAsciiCase(".xml")))
      continue;
    try {
      css::xml::sax::InputSource source;
      parts->getByName(name) >>= source.aInputStream;
      source.sSystemId = name;
      if (!parser.is())
        parser.set(smgr->createInstanceWithContext("com.sun.star.xml.sax.Parser", m_remote), UNO_QUERY_THROW);
      parser->parseStream(source);   // no handler: only whether the part is whole, well-formed XML
    } catch (const css::xml::sax::SAXException&) {
      return true;
    } catch (const css::io::IOException&) {
      return true;
    } catch (const css::lang::WrappedTargetException&) {
      return true;
    }
  }
  return false;
}

void OfficeClient::close(const Reference<css::frame::XModel>& model) {
  if (!model.is()) return;
  const auto t = std::chrono::steady_clock::now();
  struct Add {
    double& to;
    std::chrono::steady_clock::time_point from;
    ~Add() { to += since(from); }
  } add{times.close, t};
  try {
    Reference<css::util::XCloseable> closeable(model, UNO_QUERY);
    if (closeable.is()) closeable->close(true);
    else Reference<css::lang::XComponent>(model, UNO_QUERY_THROW)->dispose();
  } catch (const css::lang::DisposedException&) {
    throw;
  } catch (...) {
  }
}

}  // namespace p8::cli
