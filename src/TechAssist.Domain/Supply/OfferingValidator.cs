using System.Globalization;
using TechAssist.States;
using TechAssist.Validation;

namespace TechAssist.Supply;

/// <summary>Checks offerings and lists every problem with its path (<c>offerings[3].scope.recipient: ...</c>).</summary>
public static class OfferingValidator
{
    /// <summary>Validates one offering; paths start with <paramref name="path"/> (<c>offerings[3]</c>).</summary>
    /// <remarks>
    /// Rules: a valid id and provider id; a title; assistance types defined and listed once (none listed means not stated, as in IATI data); a
    /// non-empty coverage; a scope that fits its level (a bilateral scope names one State of the catalogue and nothing
    /// else; a regional scope names a group, States or IATI regions and no single recipient; a global scope names
    /// nothing); defined modality, funding status and gender-equality significance; languages listed once; at least one
    /// engagement; a positive budget with its currency; excluded States of the catalogue, listed once.
    /// </remarks>
    public static ValidationResult<Offering> Validate(Offering offering, string path = "offering")
    {
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ProblemCollector();
        Check(offering, path, problems);
        return problems.ToResult(offering);
    }

    internal static void Check(Offering offering, string path, ProblemCollector problems)
    {
        if (!offering.Id.IsValid)
        {
            problems.Add(path + ".id", null, "an offering needs an id");
        }

        if (!offering.Provider.IsValid)
        {
            problems.Add(path + ".provider", null, "an offering needs the id of its provider");
        }

        if (string.IsNullOrWhiteSpace(offering.Title))
        {
            problems.Add(path + ".title", offering.Title, "an offering needs a title");
        }

        CheckAssistanceTypes(offering, path + ".assistanceTypes", problems);
        SupplyRules.CheckCoverage(offering.Coverage, path + ".coverage", problems);
        CheckScope(offering.Scope, path + ".scope", problems);

        if (!Enum.IsDefined(offering.Modality))
        {
            problems.Add(path + ".modality", offering.Modality.ToString(), $"'{offering.Modality}' is not a modality");
        }

        if (!Enum.IsDefined(offering.FundingStatus))
        {
            problems.Add(path + ".fundingStatus", offering.FundingStatus.ToString(), $"'{offering.FundingStatus}' is not a funding status");
        }

        if (offering.GenderEquality is { } gender && !Enum.IsDefined(gender))
        {
            problems.Add(path + ".genderEquality", gender.ToString(), $"'{gender}' is not a policy significance (codes 0 to 4)");
        }

        SupplyRules.CheckLanguages(offering.Languages, path + ".languages", problems);
        CheckCapacity(offering.Capacity, path + ".capacity", problems);

        if (offering.Eligibility is null)
        {
            problems.Add(path + ".eligibility", null, "an offering needs its eligibility");
        }
        else
        {
            SupplyRules.CheckStates(offering.Eligibility.ExcludedStates, path + ".eligibility.excludedStates", problems);
        }
    }

    private static void CheckAssistanceTypes(Offering offering, string path, ProblemCollector problems)
    {
        var types = offering.AssistanceTypes;
        for (var i = 0; i < types.Count; i++)
        {
            if (!Enum.IsDefined(types[i]))
            {
                problems.Add($"{path}[{i}]", types[i].ToString(), $"'{types[i]}' is not an assistance type");
            }
            else if (types.AsSpan()[..i].Contains(types[i]))
            {
                problems.Add($"{path}[{i}]", types[i].ToString(), $"{types[i]} is listed twice");
            }
        }
    }

    private static void CheckScope(Scope? scope, string path, ProblemCollector problems)
    {
        if (scope is null)
        {
            problems.Add(path, null, "an offering needs a scope");
            return;
        }

        var namesRegion = scope.RegionalGroup is not null || !scope.States.IsEmpty || !scope.IatiRegions.IsEmpty;
        switch (scope.Level)
        {
            case ScopeLevel.Bilateral:
                if (scope.Recipient is not { } recipient)
                {
                    problems.Add(path + ".recipient", null, "a bilateral scope needs its recipient State");
                }
                else if (!StateCatalogue.Contains(recipient))
                {
                    problems.Add(path + ".recipient", recipient.Value, $"'{recipient}' is not a State in the catalogue of 195 States");
                }

                if (namesRegion)
                {
                    problems.Add(path, null, "a bilateral scope names only its recipient, not a group, States or regions");
                }

                break;
            case ScopeLevel.Regional:
                if (!namesRegion)
                {
                    problems.Add(path, null, "a regional scope needs a regional group, States or IATI regions");
                }

                if (scope.Recipient is { } single)
                {
                    problems.Add(path + ".recipient", single.Value, "a regional scope has no single recipient: list the States instead");
                }

                if (scope.RegionalGroup is { } group && !Enum.IsDefined(group))
                {
                    problems.Add(path + ".regionalGroup", group.ToString(), $"'{group}' is not a regional group");
                }

                SupplyRules.CheckStates(scope.States, path + ".states", problems);
                for (var i = 0; i < scope.IatiRegions.Count; i++)
                {
                    if (scope.IatiRegions[i] is not { Code.Length: > 0 })
                    {
                        problems.Add($"{path}.iatiRegions[{i}]", null, "an IATI region needs a code");
                    }
                }

                break;
            case ScopeLevel.Global:
                if (namesRegion || scope.Recipient is not null)
                {
                    problems.Add(path, null, "a global scope names no recipient, group, States or regions");
                }

                break;
            default:
                problems.Add(path + ".level", scope.Level.ToString(), $"'{scope.Level}' is not a scope level");
                break;
        }
    }

    private static void CheckCapacity(Capacity? capacity, string path, ProblemCollector problems)
    {
        if (capacity is null)
        {
            problems.Add(path, null, "an offering needs a capacity");
            return;
        }

        if (capacity.Engagements < 1)
        {
            var value = capacity.Engagements.ToString(CultureInfo.InvariantCulture);
            problems.Add(path + ".engagements", value, $"the capacity must be at least 1 engagement, not {value}");
        }

        if (capacity.Budget is { } budget)
        {
            if (budget.Amount <= 0)
            {
                var amount = budget.Amount.ToString(CultureInfo.InvariantCulture);
                problems.Add(path + ".budget.amount", amount, $"a budget must be positive, not {amount}");
            }

            if (!budget.Currency.IsValid)
            {
                problems.Add(path + ".budget.currency", null, "a budget needs its currency");
            }
        }
    }
}
