using NodaTime;
using NodaTime.Testing;
using TechAssist.Checklists;
using TechAssist.Experts;
using TechAssist.Needs;
using TechAssist.Reports;
using TechAssist.Serialization;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Validation;

namespace TechAssist.Tests.Hostile;

/// <summary>
/// Reads a JSON document of each kind the way a portal would: the JSON first, then the document's own check
/// (ToTable, ToChecklist, Import or Validate), then what a consumer does with the result.
/// </summary>
internal static class DocumentReaders
{
    /// <summary>30 June 2026: later than every date of the corpus.</summary>
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 6, 30, 0, 0));

    private static readonly Dictionary<string, Reader> Readers = new(StringComparer.Ordinal)
    {
        ["checklist"] = For<ChecklistDocument>(d => d.ToChecklist().Problems),
        ["convention-status"] = For<ConventionStatusDocument>(d => d.ToTable().Problems),
        ["experts"] = For<ExpertDirectoryDocument>(ExpertProblems),
        ["needs"] = For<NeedsDocument>(d => d.Import(Clock).Problems),
        ["regional-groups"] = For<RegionalGroupsDocument>(d => d.ToTable().Problems),
        ["reports"] = For<SelfAssessmentReportDocument>(ReportProblems),
        ["supply"] = For<SupplyDocument>(SupplyProblems),
    };

    /// <summary>The kinds of document, as the corpus files start (<c>supply-valid.json</c>).</summary>
    internal static IReadOnlyList<string> Kinds { get; } = [.. Readers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The kind of the corpus file <paramref name="fileName"/>.</summary>
    internal static string KindOf(string fileName) =>
        Kinds.Where(kind => fileName.StartsWith(kind + "-", StringComparison.Ordinal)).MaxBy(kind => kind.Length)
        ?? throw new ArgumentException($"{fileName} does not start with a kind of document.", nameof(fileName));

    /// <summary>Reads <paramref name="json"/> as a document of <paramref name="kind"/>.</summary>
    internal static Outcome Read(string kind, string json) => Readers[kind].Text(json);

    /// <summary>Reads UTF-8 bytes as a document of <paramref name="kind"/>, through the stream entry point.</summary>
    internal static Outcome Read(string kind, byte[] utf8Json)
    {
        using var stream = new MemoryStream(utf8Json, writable: false);
        return Readers[kind].Stream(stream);
    }

    private static Reader For<T>(Func<T, IEnumerable<ValidationProblem>> check)
        where T : class => new(
            json => Check(TechAssistJson.Deserialize<T>(json), check),
            stream => Check(TechAssistJson.DeserializeAsync<T>(stream).GetAwaiter().GetResult(), check));

    private static Outcome Check<T>(ValidationResult<T> read, Func<T, IEnumerable<ValidationProblem>> check)
        where T : class
    {
        if (!read.IsValid)
        {
            read.Value.Should().BeNull(because: "a document with problems is never given back in part");
            return new Outcome(ReadAsJson: false, read.Problems);
        }

        // What is read can always be written again.
        TechAssistJson.Serialize(read.Value);
        return new Outcome(ReadAsJson: true, [.. check(read.Value)]);
    }

    private static IEnumerable<ValidationProblem> ReportProblems(SelfAssessmentReportDocument document)
    {
        var import = document.Import(Clock);
        NeedDerivation.FromReports(import.Accepted.Where(r => r.IsSubmitted), Clock.GetCurrentInstant(), "fuzz");
        return import.Problems;
    }

    private static IEnumerable<ValidationProblem> SupplyProblems(SupplyDocument document)
    {
        var result = document.Validate();
        foreach (var offering in result.Value?.Offerings ?? default)
        {
            offering.Scope.ResolveStates(RegionalGroupTable.Default);
            offering.Coverage.ExpandToArticles();
        }

        return result.Problems;
    }

    private static IEnumerable<ValidationProblem> ExpertProblems(ExpertDirectoryDocument document)
    {
        var result = document.Validate();
        foreach (var expert in result.Value?.Experts ?? default)
        {
            expert.ConflictStates();
            expert.WithoutContactDetails();
        }

        return result.Problems;
    }

    private sealed record Reader(Func<string, Outcome> Text, Func<Stream, Outcome> Stream);

    /// <summary>What reading gave: whether the JSON was read, and every problem of the JSON or of the document.</summary>
    internal sealed record Outcome(bool ReadAsJson, IReadOnlyList<ValidationProblem> Problems)
    {
        internal IEnumerable<string> Texts => Problems.Select(p => p.Value is null ? p.ToString() : $"{p} [value: {p.Value}]");
    }
}
