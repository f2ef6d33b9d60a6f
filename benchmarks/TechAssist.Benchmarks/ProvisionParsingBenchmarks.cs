using BenchmarkDotNet.Attributes;
using TechAssist.Convention;

namespace TechAssist.Benchmarks;

/// <summary>Parsing provision references, the first step of every import, against a regular expression as baseline.</summary>
[MemoryDiagnoser]
public class ProvisionParsingBenchmarks
{
    private static readonly System.Text.RegularExpressions.Regex Pattern =
        new(@"^(?:art(?:icle|\.)?\s*)?([0-9]{1,3})(?:\(([0-9]{1,3})\))?(?:\(([a-z])\))?(?:\(([ivx]+)\))?$", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private readonly string[] _inputs = ["16", "16(2)", "52(1)(a)", "Art. 46(9)(b)(ii)", "23(2)(e)", "71"];

    [Benchmark(Baseline = true)]
    public int Regex()
    {
        var total = 0;
        foreach (var input in _inputs)
        {
            var match = Pattern.Match(input);
            total += match.Success ? int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : 0;
        }

        return total;
    }

    [Benchmark]
    public int ProvisionReferenceTryParse()
    {
        var total = 0;
        foreach (var input in _inputs)
        {
            total += ProvisionReference.TryParse(input, out var provision) ? provision.Article.Value : 0;
        }

        return total;
    }
}
