namespace TechAssist.States;

/// <summary>
/// A regional economic integration organization that can be party to the Convention (article 67): today the
/// European Union, which became a party as the European Community.
/// </summary>
public sealed record RegionalEconomicIntegrationOrganization
{
    private RegionalEconomicIntegrationOrganization(PartyId id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The European Union.</summary>
    public static RegionalEconomicIntegrationOrganization EuropeanUnion { get; } = new(PartyId.EuropeanUnion, "European Union");

    /// <summary>The organization's party code.</summary>
    public PartyId Id { get; }

    /// <summary>The organization's name.</summary>
    public string Name { get; }

    /// <summary>For example <c>EU European Union</c>.</summary>
    public override string ToString() => $"{Id} {Name}";
}
