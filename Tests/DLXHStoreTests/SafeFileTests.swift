import DLXHDomain
import Dispatch
import Foundation
import Synchronization
import Testing

@testable import DLXHStore

/// `-o` names what the user asked to write to: a plain file is replaced whole (crash-safe); a
/// device or a named pipe is written into and stays what it was; a link to a file stays a link.
@Suite("Output files named by the user")
struct SafeFileTests {
    static func kind(_ url: URL) -> mode_t {
        var info = stat()
        lstat(url.path, &info)
        return info.st_mode & S_IFMT
    }

    @Test("a named pipe is written into and stays a pipe (renaming over it would replace it, as it did /dev/null)")
    func namedPipe() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let pipe = folder.url.appendingPathComponent("out.fifo")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let received = Mutex<Data?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            // Blocks until the writer opens the pipe, reads until it closes it.
            let data = FileHandle(forReadingAtPath: pipe.path)?.readDataToEndOfFile()
            received.withLock { $0 = data }
            done.signal()
        }
        let text = Data("Báo cáo tổng hợp tháng 10/2026\n".utf8)
        try SafeFile.write(text, to: pipe)
        #expect(Self.kind(pipe) == S_IFIFO)
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(received.withLock { $0 } == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.fifo"])
    }

    @Test("a link to a plain file stays a link, and the file it leads to is replaced")
    func linkToFile() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let target = folder.url.appendingPathComponent("bao-cao.md")
        let link = folder.url.appendingPathComponent("moi-nhat.md")
        try Data("cũ".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        try SafeFile.write(Data("mới".utf8), to: link)
        #expect(Self.kind(link) == S_IFLNK)
        #expect(try Data(contentsOf: target) == Data("mới".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["bao-cao.md", "moi-nhat.md"])
    }

    @Test("a plain file is replaced whole; a folder is refused")
    func plainFileFolderAndNull() throws {
        let folder = TempFolder()
        defer { folder.cleanUp() }
        let file = folder.url.appendingPathComponent("a.txt")
        try Data("một hai ba".utf8).write(to: file)
        try SafeFile.write(Data("bốn".utf8), to: file)
        #expect(try Data(contentsOf: file) == Data("bốn".utf8))
        #expect(Self.kind(file) == S_IFREG)
        #expect(throws: StoreError.self) { try SafeFile.write(Data("x".utf8), to: folder.url, displayName: "thư mục") }
        #expect(Self.kind(folder.url) == S_IFDIR)
    }
}
