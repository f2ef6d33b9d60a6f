using System.Xml.Linq;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Iati;

/// <summary>Chooses an activity's provider among its reporting-org and participating-orgs, and reads its kind and State.</summary>
/// <remarks>
/// <para>The provider is the organisation that gives the assistance: the reporting-org when it also takes part as
/// funding (role 1) or extending (role 3) organisation, or when no participating-org names a funder or extender with an
/// identifier; otherwise the first funding organisation with an identifier, else the first extending one (roles from
/// the OrganisationRole codelist: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing).</para>
/// <para>Kind from the OrganisationType codelist: 10 Government, 11 Local Government and 15 Other Public Sector give a
/// donor State; 40 Multilateral an other intergovernmental organization (IATI does not tell a UN entity or a bank
/// from other multilaterals: correct by hand); NGOs (21-24), foundations (60), academic bodies (80) and others give
/// civil society or academic, with a warning for the private sector (30, 70-73), other (90) and a missing type.</para>
/// <para>State of a government provider: from the options' <see cref="IatiImportOptions.ProviderStates"/>, else from
/// an identifier that starts with an ISO alpha-2 country code (<c>GB-GOV-1</c>), else unknown with a warning.</para>
/// </remarks>
internal static class IatiProviderReader
{
    internal static Provider Read(XElement activity, IatiImportOptions options, Action<string> warn)
    {
        var reporting = activity.Element("reporting-org")
            ?? throw new ActivityException("the activity has no reporting-org");
        var reportingRef = Ref(reporting);
        var participants = activity.Elements("participating-org").Select(p => (Role: (string?)p.Attribute("role"), Ref: Ref(p), Element: p)).ToList();
        bool Gives((string? Role, string? Ref, XElement Element) p) => p.Role is "1" or "3" && p.Ref is not null;

        var chosen = reporting;
        if (!(reportingRef is not null && participants.Any(p => Gives(p) && p.Ref == reportingRef)) && participants.Any(Gives))
        {
            chosen = (participants.FirstOrDefault(p => p.Role == "1" && p.Ref is not null).Element
                ?? participants.First(p => p.Role == "3" && p.Ref is not null).Element)!;
        }

        var reference = Ref(chosen) ?? throw new ActivityException("the providing organisation has no ref (IATI organisation identifier)");
        if (!ProviderId.TryFrom(reference, out var id))
        {
            throw new ActivityException($"the organisation identifier '{reference}' cannot be a provider id (1 to 100 characters without white space)");
        }

        var type = (string?)chosen.Attribute("type");
        var kind = KindOf(type, id, warn);
        CountryCode? state = null;
        if (kind == ProviderKind.DonorState)
        {
            state = StateOf(id, options);
            if (state is null)
            {
                warn($"the State of government provider {id} cannot be read from its identifier; give it in IatiImportOptions.ProviderStates");
            }
        }

        return new Provider
        {
            Id = id,
            Name = IatiActivityReader.Narrative(chosen) ?? (chosen.Value.Trim() is { Length: > 0 } text ? text : reference),
            Kind = kind,
            State = state,
            Languages = default,
        };
    }

    private static string? Ref(XElement org) => ((string?)org.Attribute("ref"))?.Trim() is { Length: > 0 } text ? text : null;

    private static ProviderKind KindOf(string? type, ProviderId id, Action<string> warn)
    {
        switch (type)
        {
            case "10" or "11" or "15":
                return ProviderKind.DonorState;
            case "40":
                return ProviderKind.OtherIntergovernmental;
            case "21" or "22" or "23" or "24" or "60" or "80":
                return ProviderKind.CivilSocietyOrAcademic;
            default:
                warn(type is null
                    ? $"provider {id} has no organisation type; counted as civil society or academic"
                    : $"provider {id} has organisation type {type}, which has no kind of its own; counted as civil society or academic");
                return ProviderKind.CivilSocietyOrAcademic;
        }
    }

    private static CountryCode? StateOf(ProviderId id, IatiImportOptions options)
    {
        foreach (var given in options.ProviderStates.Where(p => p is not null))
        {
            if (given.Provider == id)
            {
                return given.State;
            }
        }

        var prefix = id.Value.Split('-')[0];
        return prefix.Length == 2 && M49Table.TryGetAlpha3(prefix, out var code) && StateCatalogue.Contains(code) ? code : null;
    }
}
