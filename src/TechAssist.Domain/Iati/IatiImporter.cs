using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using TechAssist.Collections;
using TechAssist.Supply;

namespace TechAssist.Iati;

/// <summary>Imports IATI 2.0x activity files into providers and offerings.</summary>
/// <remarks>
/// <para>Streaming and safe: the file is read with an <see cref="XmlReader"/> that prohibits DTDs and resolves nothing
/// external, and only one <c>iati-activity</c> element is held in memory at a time, so files of hundreds of megabytes
/// import in bounded memory (the result still holds the summaries and offerings).</para>
/// <para>Version 1.x files, organisation files and files that are not IATI are refused with one clear error. An
/// activity that cannot be read gives an error with the file, line, iati-identifier and reason, and the others still
/// import. Thread-safe: no shared state.</para>
/// <para>How fields are read: level and scope from recipient countries and regions (see <see cref="IatiRegion"/>;
/// a region beside a 100% recipient-country is a publisher mistake, reported as a warning and read as bilateral);
/// relevance and coverage from DAC sectors and SDG target 16.5 (<see cref="IatiRelevance"/>); the provider from the
/// reporting-org and the participating-orgs' roles (funding or extending first), its kind from the organisation type;
/// the period from activity dates (actual start, else planned start; actual end, else planned end); the budget as the
/// sum of revised budgets, else of all budgets, in the value's currency or the activity's (or file's)
/// default-currency; gender equality from policy-marker code 1 of the OECD DAC vocabulary; funding status Pipeline
/// for activity-status 1, else Funded; modality Funding; languages from xml:lang; one engagement per State reached
/// (1 for bilateral and global). IATI says nothing of assistance types: they are left empty.</para>
/// </remarks>
public static class IatiImporter
{
    /// <summary>Imports the IATI activity file at <paramref name="path"/>; the file name is used in problems.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IatiImportResult ImportFile(string path, IatiImportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Import(stream, Path.GetFileName(path), options);
    }

    /// <summary>Imports an IATI activity file from <paramref name="stream"/>; <paramref name="fileName"/> names it in problems.</summary>
    /// <remarks>The stream is read once, forward only, and left open.</remarks>
    public static IatiImportResult Import(Stream stream, string fileName, IatiImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var run = new Run(fileName, options ?? IatiImportOptions.Default);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(stream, settings);
        var lines = (IXmlLineInfo)reader;
        string? currentIdentifier = null;
        var rootSeen = false;
        try
        {
            reader.MoveToContent();
            rootSeen = true;
            if (!run.AcceptRoot(reader, lines.LineNumber))
            {
                return run.ToResult();
            }

            var rootLanguage = reader.XmlLang;
            var rootCurrency = reader.GetAttribute("default-currency");
            if (reader.IsEmptyElement)
            {
                return run.ToResult();
            }

            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "iati-activity")
                {
                    var line = lines.LineNumber;
                    currentIdentifier = null;
                    var activity = (XElement)XNode.ReadFrom(reader);
                    currentIdentifier = activity.Element("iati-identifier")?.Value.Trim();
                    run.Read(activity, line, rootLanguage, rootCurrency);
                    currentIdentifier = null;
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException exception)
        {
            // A DTD (and with it any external entity) is refused before the root element; the exception then has no line.
            var reason = rootSeen
                ? "the file is not well-formed XML from here on: "
                : exception.Message.Contains("DTD", StringComparison.Ordinal)
                    ? "the file cannot be read up to its root element (a DTD is refused for safety): "
                    : "the file cannot be read up to its root element: ";
            run.Error(exception.LineNumber > 0 ? exception.LineNumber : lines.LineNumber, currentIdentifier, reason + exception.Message);
        }

        return run.ToResult();
    }

    /// <summary>The state of one import.</summary>
    private sealed class Run(string fileName, IatiImportOptions options)
    {
        private readonly ImmutableArray<IatiActivitySummary>.Builder _activities = ImmutableArray.CreateBuilder<IatiActivitySummary>();
        private readonly SortedDictionary<ProviderId, Provider> _providers = [];
        private readonly SortedDictionary<OfferingId, Offering> _offerings = [];
        private readonly ImmutableArray<IatiImportProblem>.Builder _errors = ImmutableArray.CreateBuilder<IatiImportProblem>();
        private readonly ImmutableArray<IatiImportProblem>.Builder _warnings = ImmutableArray.CreateBuilder<IatiImportProblem>();
        private string? _version;

        internal bool AcceptRoot(XmlReader reader, int line)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                Error(line, null, "the file has no root element");
                return false;
            }

            if (reader.LocalName == "iati-organisations")
            {
                _version = reader.GetAttribute("version");
                Error(line, null, "not an activity file: the root element is <iati-organisations> (an IATI organisation file); offerings are read from activity files, whose root is <iati-activities>");
                return false;
            }

            if (reader.LocalName != "iati-activities")
            {
                Error(line, null, $"not an IATI activity file: the root element is <{reader.Name}>, expected <iati-activities>");
                return false;
            }

            _version = reader.GetAttribute("version");
            if (_version is null)
            {
                Error(line, null, "the file does not declare its IATI version (attribute version of <iati-activities>); only versions 2.01 to 2.03 are read");
                return false;
            }

            if (_version.StartsWith("1.", StringComparison.Ordinal))
            {
                Error(line, null, $"IATI version {_version} is not supported: version 1 files use an older syntax (role names, text codes) that this importer does not read; publish or convert the file to version 2.03");
                return false;
            }

            if (!_version.StartsWith("2.", StringComparison.Ordinal))
            {
                Error(line, null, $"IATI version {_version} is not supported; only versions 2.01 to 2.03 are read");
                return false;
            }

            return true;
        }

        internal void Read(XElement activity, int line, string rootLanguage, string? rootCurrency)
        {
            var reader = new IatiActivityReader(activity, line, fileName, options, rootLanguage, rootCurrency);
            var outcome = reader.Read();

            // Doubts about an activity that is skipped as not relevant would only be noise.
            if (outcome.Error is not null || outcome.Offering is not null)
            {
                _warnings.AddRange(reader.Warnings);
            }

            if (outcome.Error is { } error)
            {
                Error(line, reader.Identifier, error);
                return;
            }

            _activities.Add(outcome.Summary!);
            if (outcome.Offering is { } offering)
            {
                if (!_offerings.TryAdd(offering.Id, offering))
                {
                    _activities.RemoveAt(_activities.Count - 1);
                    Error(line, reader.Identifier, $"the iati-identifier {offering.Id} was already imported from this file; this copy is left out");
                    return;
                }

                _providers.TryAdd(outcome.Provider!.Id, outcome.Provider);
            }
        }

        internal void Error(int line, string? identifier, string reason) =>
            _errors.Add(new IatiImportProblem { FileName = fileName, Line = line, IatiIdentifier = identifier, Reason = reason });

        internal IatiImportResult ToResult() => new()
        {
            FileName = fileName,
            Version = _version,
            Activities = _activities.ToImmutable(),
            Providers = _providers.Values.ToEquatableArray(),
            Offerings = _offerings.Values.ToEquatableArray(),
            Errors = _errors.ToImmutable(),
            Warnings = _warnings.ToImmutable(),
        };
    }
}
