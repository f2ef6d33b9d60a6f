namespace TechAssist.Serialization;

/// <summary>Reads another stream forward up to a number of bytes, then ends as if the stream ended there.</summary>
/// <remarks>
/// <see cref="LimitExceeded"/> tells a caller that the stream had more: the reader stops after one byte past the limit,
/// so an oversized upload costs at most the limit in memory. The inner stream is left open.
/// </remarks>
internal sealed class LengthLimitedStream(Stream inner, long limit) : Stream
{
    private long _read;

    /// <summary>Whether the inner stream holds more than the limit.</summary>
    internal bool LimitExceeded => _read > limit;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = inner.Read(buffer[..Allowed(buffer.Length)]);
        _read += count;
        return count;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var count = await inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false);
        _read += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // One byte past the limit is enough to know the stream is too long; after it, the stream reads as ended.
    private int Allowed(int wanted) => (int)Math.Min(wanted, Math.Max(0, limit + 1 - _read));
}
