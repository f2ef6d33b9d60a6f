using System.Text;

namespace TechAssist.Tests.Hostile;

/// <summary>Breaks a file in the ways uploads break: flipped bytes, a cut, a span repeated, a stray token, a span lost.</summary>
/// <remarks>Deterministic: the same seed gives the same mutations, so a failure names its seed and case and can be replayed.</remarks>
internal sealed class Mutator(int seed)
{
    // Tokens that parsers treat specially: structure, escapes, numbers at the edges of their types, markup and entities.
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\uD800", "null", "true", "-0", "1e400", "-1", "0",
        "2147483648", "79228162514264337593543950336", "\"\"", "\"9999-99-99\"", "\"2026-02-30\"", "\"72(1)\"", "\"XXX\"",
        "<", ">", "</", "/>", "&", "&amp;", "&#0;", "&#xD800;", "<!DOCTYPE x>", "<![CDATA[", "]]>", "<?xml", "xml:lang=\"\"",
        "\u00e9", "\uFEFF", "\u0000", "\t", "\n",
    ];

    private readonly Random _random = new(seed);

    /// <summary>A mutated copy of <paramref name="original"/>, and what was done (for the failure message).</summary>
    internal (byte[] Bytes, string What) Mutate(byte[] original)
    {
        var bytes = original.ToList();
        var steps = new List<string>();
        for (var count = 1 + _random.Next(3); count > 0 && bytes.Count > 0; count--)
        {
            steps.Add(MutateOnce(bytes));
        }

        return (bytes.ToArray(), string.Join("; ", steps));
    }

    /// <summary>The start of a mutated file as text, for a failure message: enough to make a reproducer from.</summary>
    internal static string Excerpt(byte[] bytes) =>
        bytes.Length <= 4000 ? Encoding.UTF8.GetString(bytes) : Encoding.UTF8.GetString(bytes, 0, 4000) + "...";

    private string MutateOnce(List<byte> bytes)
    {
        var at = _random.Next(bytes.Count);
        switch (_random.Next(5))
        {
            case 0:
                var bit = 1 << _random.Next(8);
                bytes[at] ^= (byte)bit;
                return $"flip bit {bit} at {at}";
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                return $"truncate at {at}";
            case 2:
                var length = Math.Min(1 + _random.Next(200), bytes.Count - at);
                var span = bytes.GetRange(at, length);
                var to = _random.Next(bytes.Count + 1);
                bytes.InsertRange(to, span);
                return $"repeat {length} bytes from {at} at {to}";
            case 3:
                var token = Tokens[_random.Next(Tokens.Length)];
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(token));
                return $"insert {token} at {at}";
            default:
                var removed = Math.Min(1 + _random.Next(50), bytes.Count - at);
                bytes.RemoveRange(at, removed);
                return $"delete {removed} bytes at {at}";
        }
    }
}
