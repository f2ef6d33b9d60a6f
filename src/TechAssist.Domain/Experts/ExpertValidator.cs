using System.Globalization;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Validation;

namespace TechAssist.Experts;

/// <summary>Checks experts and lists every problem with its path.</summary>
public static class ExpertValidator
{
    /// <summary>The most years of experience accepted.</summary>
    public const int MaxYears = 60;

    /// <summary>Validates one expert; paths start with <paramref name="path"/> (<c>experts[4]</c>).</summary>
    /// <remarks>
    /// Rules: a valid id; a name; nationality, nominating State, employer's State and conflicts in the catalogue of
    /// States; at least one language, listed once; at least one field of expertise, each with a coverage and 0 to 60
    /// years; assistance types defined and listed once; availability ranges that do not overlap; a capacity of at least
    /// 1; an employer with a name; an e-mail address with an <c>@</c>.
    /// </remarks>
    public static ValidationResult<Expert> Validate(Expert expert, string path = "expert")
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ProblemCollector();
        Check(expert, path, problems);
        return problems.ToResult(expert);
    }

    internal static void Check(Expert expert, string path, ProblemCollector problems)
    {
        if (!expert.Id.IsValid)
        {
            problems.Add(path + ".id", null, "an expert needs an id");
        }

        if (string.IsNullOrWhiteSpace(expert.Name))
        {
            problems.Add(path + ".name", expert.Name, "an expert needs a name");
        }

        CheckState(expert.Nationality, path + ".nationality", problems);
        CheckState(expert.NominatingState, path + ".nominatingState", problems);

        if (expert.Languages.IsEmpty)
        {
            problems.Add(path + ".languages", null, "an expert needs at least one language");
        }

        SupplyRules.CheckLanguages(expert.Languages, path + ".languages", problems);
        CheckExpertise(expert, path + ".expertise", problems);

        for (var i = 0; i < expert.AssistanceTypes.Count; i++)
        {
            var type = expert.AssistanceTypes[i];
            if (!Enum.IsDefined(type))
            {
                problems.Add($"{path}.assistanceTypes[{i}]", type.ToString(), $"'{type}' is not an assistance type");
            }
            else if (expert.AssistanceTypes.AsSpan()[..i].Contains(type))
            {
                problems.Add($"{path}.assistanceTypes[{i}]", type.ToString(), $"{type} is listed twice");
            }
        }

        CheckAvailability(expert, path + ".availability", problems);

        if (expert.Capacity < 1)
        {
            var value = expert.Capacity.ToString(CultureInfo.InvariantCulture);
            problems.Add(path + ".capacity", value, $"the capacity must be at least 1 engagement, not {value}");
        }

        if (expert.Employer is { } employer)
        {
            if (string.IsNullOrWhiteSpace(employer.Name))
            {
                problems.Add(path + ".employer.name", employer.Name, "an employer needs a name");
            }

            if (employer.State is { } state)
            {
                CheckState(state, path + ".employer.state", problems);
            }
        }

        SupplyRules.CheckStates(expert.ExplicitConflicts, path + ".explicitConflicts", problems);

        if (expert.Contact?.Email is { } email && (email.IndexOf('@', StringComparison.Ordinal) is < 1 || email.EndsWith('@') || email.Any(char.IsWhiteSpace)))
        {
            problems.Add(path + ".contact.email", email, "an e-mail address has a name, an @ and a domain, without spaces");
        }
    }

    private static void CheckState(CountryCode state, string path, ProblemCollector problems)
    {
        if (!state.IsValid)
        {
            problems.Add(path, null, "a State is missing");
        }
        else if (!StateCatalogue.Contains(state))
        {
            problems.Add(path, state.Value, $"'{state}' is not a State in the catalogue of 195 States");
        }
    }

    private static void CheckExpertise(Expert expert, string path, ProblemCollector problems)
    {
        if (expert.Expertise.IsEmpty)
        {
            problems.Add(path, null, "an expert needs at least one field of expertise");
        }

        for (var i = 0; i < expert.Expertise.Count; i++)
        {
            var field = expert.Expertise[i];
            if (field is null)
            {
                problems.Add($"{path}[{i}]", null, "a field of expertise is missing");
                continue;
            }

            SupplyRules.CheckCoverage(field.Coverage, $"{path}[{i}].coverage", problems);
            if (field.Years is < 0 or > MaxYears)
            {
                var years = field.Years.ToString(CultureInfo.InvariantCulture);
                problems.Add($"{path}[{i}].years", years, $"years of experience must be from 0 to {MaxYears}, not {years}");
            }
        }
    }

    private static void CheckAvailability(Expert expert, string path, ProblemCollector problems)
    {
        for (var i = 0; i < expert.Availability.Count; i++)
        {
            var range = expert.Availability[i];
            if (range is null)
            {
                problems.Add($"{path}[{i}]", null, "an availability range is missing");
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                var earlier = expert.Availability[j];
                if (earlier is not null && range.Start <= earlier.End && earlier.Start <= range.End)
                {
                    problems.Add($"{path}[{i}]", range.ToString(), $"overlaps availability[{j}] ({earlier}); merge the two ranges");
                    break;
                }
            }
        }
    }
}
