using System.Globalization;
using TechAssist.States;
using TechAssist.Validation;

namespace TechAssist.Matching.Engine;

/// <summary>The checks between the parts of a <see cref="MatchingInput"/> that no single validator can make.</summary>
internal static class InputChecks
{
    internal static IEnumerable<ValidationProblem> Check(MatchingInput input)
    {
        var problems = new List<ValidationProblem>();
        Repeated(input.Needs.Select(n => n?.Id.Value), "needs", "id", "a need", problems);
        Repeated(input.Providers.Select(p => p?.Id.Value), "providers", "id", "a provider", problems);
        Repeated(input.Offerings.Select(o => o?.Id.Value), "offerings", "id", "an offering", problems);
        Repeated(input.Experts.Select(e => e?.Id.Value), "experts", "id", "an expert", problems);
        Repeated(input.KnowledgeResources.Select(k => k?.Id.Value), "knowledgeResources", "id", "a knowledge resource", problems);

        var providers = input.Providers.Where(p => p is not null).Select(p => p.Id).ToHashSet();
        for (var i = 0; i < input.Offerings.Count; i++)
        {
            var offering = input.Offerings[i];
            if (offering is not null && !providers.Contains(offering.Provider))
            {
                problems.Add(new ValidationProblem(Path("offerings", i, "provider"), offering.Provider.Value, $"'{offering.Provider}' is not one of the input's providers"));
            }
        }

        for (var i = 0; i < input.Needs.Count; i++)
        {
            var need = input.Needs[i];
            if (need is not null && !StateCatalogue.Contains(need.State))
            {
                problems.Add(new ValidationProblem(Path("needs", i, "state"), need.State.Value, $"'{need.State}' is not a State in the catalogue of 195 States"));
            }
        }

        if (input.Groups is null)
        {
            problems.Add(new ValidationProblem("groups", null, "a regional group table is required (RegionalGroupTable.Default)"));
        }

        if (input.Statuses is null)
        {
            problems.Add(new ValidationProblem("statuses", null, "a Convention status table is required (ConventionStatusTable.Empty for none)"));
        }

        return problems;
    }

    private static void Repeated(IEnumerable<string?> ids, string list, string field, string aNoun, List<ValidationProblem> problems)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (id is null)
            {
                problems.Add(new ValidationProblem($"{list}[{index.ToString(CultureInfo.InvariantCulture)}]", null, $"{aNoun} is missing"));
            }
            else if (!first.TryAdd(id, index))
            {
                problems.Add(new ValidationProblem(Path(list, index, field), id, $"'{id}' is already the id of {list}[{first[id].ToString(CultureInfo.InvariantCulture)}]"));
            }

            index++;
        }
    }

    private static string Path(string list, int index, string field) => $"{list}[{index.ToString(CultureInfo.InvariantCulture)}].{field}";
}
