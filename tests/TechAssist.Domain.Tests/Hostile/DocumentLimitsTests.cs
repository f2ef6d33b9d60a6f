using System.Text;
using TechAssist.Needs;
using TechAssist.Serialization;

namespace TechAssist.Tests.Hostile;

/// <summary>The documented limits: <see cref="TechAssistJson.MaxDepth"/> and <see cref="TechAssistJson.MaxDocumentBytes"/>.</summary>
public class DocumentLimitsTests
{
    private const string TooLarge = "$: the document is more than 67,108,864 bytes: the most this library reads is 67,108,864 bytes (64 MiB)";

    [Fact]
    public void Limits_AreTheDocumentedNumbers()
    {
        TechAssistJson.MaxDepth.Should().Be(64);
        TechAssistJson.MaxDocumentBytes.Should().Be(64 * 1024 * 1024);
        TechAssistJson.Options.MaxDepth.Should().Be(64);
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void Deserialize_NestingAroundTheLimit_IsReadOrRefused(int arrays, bool readable)
    {
        // The document object is one level; the arrays inside an unknown property add the rest.
        var json = """{ "needs": [], "extra": """ + new string('[', arrays) + new string(']', arrays) + " }";

        var result = TechAssistJson.Deserialize<NeedsDocument>(json);

        result.IsValid.Should().Be(readable);
        if (!readable)
        {
            result.Problems.Single().ToString().Should().Be("$.extra: The maximum configured depth of 64 has been exceeded. Cannot read next JSON array (line 1)");
        }
    }

    [Fact]
    public void Deserialize_TextOfMoreThanTheLimitInUtf8_IsRefusedBeforeParsing()
    {
        // 22.4 million characters of three UTF-8 bytes each: fewer characters than the limit, more bytes.
        var json = new string('\u20AC', (TechAssistJson.MaxDocumentBytes / 3) + 1);

        var result = TechAssistJson.Deserialize<NeedsDocument>(json);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "$: the document is 67,108,866 bytes: the most this library reads is 67,108,864 bytes (64 MiB)");
        result.Problems[0].Value.Should().Be("67,108,866 bytes");
    }

    [Fact]
    public async Task DeserializeAsync_EndlessStream_StopsAfterTheLimit()
    {
        using var endless = new EndlessStream("{ \"needs\": [] }"u8.ToArray(), (byte)' ');

        var result = await TechAssistJson.DeserializeAsync<NeedsDocument>(endless);

        result.Problems.Select(p => p.ToString()).Should().Equal(TooLarge);
        endless.BytesRead.Should().BeLessThanOrEqualTo(TechAssistJson.MaxDocumentBytes + (1 << 20), because: "reading stops once the limit is passed");
    }

    [Fact]
    public async Task DeserializeAsync_SeekableStreamLongerThanTheLimit_IsRefusedWithoutReading()
    {
        using var large = new MemoryStream();
        large.SetLength(TechAssistJson.MaxDocumentBytes + 1L);

        var result = await TechAssistJson.DeserializeAsync<NeedsDocument>(large);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "$: the document is 67,108,865 bytes: the most this library reads is 67,108,864 bytes (64 MiB)");
        large.Position.Should().Be(0);
    }

    [Fact]
    public async Task DeserializeAsync_DocumentAtTheLimit_IsRead()
    {
        var document = Encoding.UTF8.GetBytes("""{ "needs": [] }""");
        var padded = new byte[TechAssistJson.MaxDocumentBytes];
        Array.Fill(padded, (byte)' ');
        document.CopyTo(padded, 0);

        var result = await TechAssistJson.DeserializeAsync<NeedsDocument>(new NonSeekableStream(padded));

        result.IsValid.Should().BeTrue();
    }

    /// <summary>A document followed by padding that never ends, as a hostile client could send.</summary>
    private sealed class EndlessStream(byte[] start, byte padding) : Stream
    {
        internal long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = BytesRead + i < start.Length ? start[BytesRead + i] : padding;
            }

            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A memory stream that hides its length, as a network stream does.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
