using System.Globalization;
using TechAssist.Collections;
using TechAssist.Matching.Scoring;
using TechAssist.Validation;

namespace TechAssist.Matching;

/// <summary>
/// The settings of a matching engine: the points of each score component, the minimum fit, and the allocation
/// strategy. Mutable while you set it up; the engine copies and validates it once, and is immutable afterwards.
/// </summary>
/// <remarks>
/// The defaults give a maximum score of 115: provision fit 40, assistance type 30, scope 15, language 10, period 10,
/// South-South 5, gender 5 (the gender component counts only when a need asks for it, so a need that does not has a
/// maximum of 110).
/// </remarks>
public sealed class MatchingOptions
{
    /// <summary>Points when the offering covers the need's very provision. Default 40.</summary>
    public int ProvisionExactPoints { get; set; } = 40;

    /// <summary>Points when the offering covers the need's whole article. Default 30.</summary>
    public int ProvisionSameArticlePoints { get; set; } = 30;

    /// <summary>Points when the offering covers the need's chapter or thematic area. Default 10.</summary>
    public int ProvisionSameChapterPoints { get; set; } = 10;

    /// <summary>Points when the offering gives the assistance type asked for. Default 30.</summary>
    public int AssistanceTypeExactPoints { get; set; } = 30;

    /// <summary>Points when it gives a related type (see <see cref="RelatedAssistanceTypes"/>). Default 15.</summary>
    public int AssistanceTypeRelatedPoints { get; set; } = 15;

    /// <summary>Points for a bilateral offering (this State alone). Default 15.</summary>
    public int BilateralPoints { get; set; } = 15;

    /// <summary>Points for a regional offering that reaches this State. Default 10.</summary>
    public int RegionalPoints { get; set; } = 10;

    /// <summary>Points for a global offering. Default 5.</summary>
    public int GlobalPoints { get; set; } = 5;

    /// <summary>Points when the offering works in a language the need prefers, or the need names none. Default 10.</summary>
    public int LanguagePoints { get; set; } = 10;

    /// <summary>Points when the offering's period covers the whole period the need is wanted in (in proportion for part of it). Default 10.</summary>
    public int PeriodPoints { get; set; } = 10;

    /// <summary>Points for South-South cooperation. Default 5.</summary>
    public int SouthSouthPoints { get; set; } = 5;

    /// <summary>Points for a principal gender-equality objective where the need asks for gender responsiveness (half for a significant one). Default 5.</summary>
    public int GenderPoints { get; set; } = 5;

    /// <summary>For experts: one point per year of experience in the area, up to this. Default 10.</summary>
    public int ExperiencePoints { get; set; } = 10;

    /// <summary>Candidates scoring below this are not matched; the need's reason says so. Default 40.</summary>
    public int MinimumScore { get; set; } = 40;

    /// <summary>Which assistance types partly serve another. Default <see cref="RelatedAssistanceTypes.Default"/>.</summary>
    public RelatedAssistanceTypes RelatedAssistanceTypes { get; set; } = RelatedAssistanceTypes.Default;

    /// <summary>How capacity is shared out. Default <see cref="AllocationStrategy.Optimal"/>.</summary>
    public AllocationStrategy Strategy { get; set; } = AllocationStrategy.Optimal;

    /// <summary>With <see cref="AllocationStrategy.Fair"/>, the most needs of one State served; null for no cap. Default null.</summary>
    public int? MaxNeedsPerState { get; set; }

    /// <summary>The allocation weight of a high-priority need: its score is multiplied by it. Default 3.</summary>
    /// <remarks>The State's priority is not part of the fit; it weights the allocation objective, so scarce capacity goes to the needs the State ranks first.</remarks>
    public int HighPriorityWeight { get; set; } = 3;

    /// <summary>The allocation weight of a medium-priority need. Default 2.</summary>
    public int MediumPriorityWeight { get; set; } = 2;

    /// <summary>The allocation weight of a low-priority need. Default 1.</summary>
    public int LowPriorityWeight { get; set; } = 1;

    /// <summary>The allocation weight of a need whose State gave no priority. Default 2 (as medium).</summary>
    public int UnstatedPriorityWeight { get; set; } = 2;

    /// <summary>Whether offerings still seeking voluntary funding are matched. Default false: only funded and pipeline offerings.</summary>
    public bool IncludeOfferingsSeekingFunding { get; set; }

    /// <summary>The most points a need can score under these options (gender included).</summary>
    public int MaximumScore =>
        ProvisionExactPoints + AssistanceTypeExactPoints + Math.Max(BilateralPoints, Math.Max(RegionalPoints, GlobalPoints))
        + LanguagePoints + PeriodPoints + SouthSouthPoints + GenderPoints;

    /// <summary>Every problem with these options, each naming the option and its value; empty when they are valid.</summary>
    public EquatableArray<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        void NotNegative(string name, int value)
        {
            if (value < 0)
            {
                problems.Add(new ValidationProblem(name, value.ToString(CultureInfo.InvariantCulture), "points must not be negative"));
            }
        }

        NotNegative(nameof(ProvisionExactPoints), ProvisionExactPoints);
        NotNegative(nameof(ProvisionSameArticlePoints), ProvisionSameArticlePoints);
        NotNegative(nameof(ProvisionSameChapterPoints), ProvisionSameChapterPoints);
        NotNegative(nameof(AssistanceTypeExactPoints), AssistanceTypeExactPoints);
        NotNegative(nameof(AssistanceTypeRelatedPoints), AssistanceTypeRelatedPoints);
        NotNegative(nameof(BilateralPoints), BilateralPoints);
        NotNegative(nameof(RegionalPoints), RegionalPoints);
        NotNegative(nameof(GlobalPoints), GlobalPoints);
        NotNegative(nameof(LanguagePoints), LanguagePoints);
        NotNegative(nameof(PeriodPoints), PeriodPoints);
        NotNegative(nameof(SouthSouthPoints), SouthSouthPoints);
        NotNegative(nameof(GenderPoints), GenderPoints);
        NotNegative(nameof(ExperiencePoints), ExperiencePoints);

        if (ProvisionSameArticlePoints > ProvisionExactPoints || ProvisionSameChapterPoints > ProvisionSameArticlePoints)
        {
            problems.Add(new ValidationProblem(
                nameof(ProvisionSameArticlePoints),
                $"{ProvisionExactPoints}/{ProvisionSameArticlePoints}/{ProvisionSameChapterPoints}",
                "provision points must not increase as the fit loosens: exact >= same article >= same chapter"));
        }

        if (AssistanceTypeRelatedPoints > AssistanceTypeExactPoints)
        {
            problems.Add(new ValidationProblem(
                nameof(AssistanceTypeRelatedPoints),
                AssistanceTypeRelatedPoints.ToString(CultureInfo.InvariantCulture),
                $"a related type must not score more than the exact type ({AssistanceTypeExactPoints})"));
        }

        if (MinimumScore < 1 || MinimumScore > MaximumScore)
        {
            problems.Add(new ValidationProblem(
                nameof(MinimumScore),
                MinimumScore.ToString(CultureInfo.InvariantCulture),
                $"the minimum score must be from 1 to the maximum score ({MaximumScore})"));
        }

        if (!Enum.IsDefined(Strategy))
        {
            problems.Add(new ValidationProblem(nameof(Strategy), Strategy.ToString(), "not an allocation strategy"));
        }

        foreach (var (name, weight) in new[]
        {
            (nameof(HighPriorityWeight), HighPriorityWeight),
            (nameof(MediumPriorityWeight), MediumPriorityWeight),
            (nameof(LowPriorityWeight), LowPriorityWeight),
            (nameof(UnstatedPriorityWeight), UnstatedPriorityWeight),
        })
        {
            if (weight is < 1 or > 1000)
            {
                problems.Add(new ValidationProblem(name, weight.ToString(CultureInfo.InvariantCulture), "a priority weight is from 1 to 1000"));
            }
        }

        if (MaxNeedsPerState is < 1)
        {
            problems.Add(new ValidationProblem(nameof(MaxNeedsPerState), MaxNeedsPerState.Value.ToString(CultureInfo.InvariantCulture), "the cap per State must be at least 1, or null for none"));
        }

        if (RelatedAssistanceTypes is null)
        {
            problems.Add(new ValidationProblem(nameof(RelatedAssistanceTypes), null, "the table of related types must be set (RelatedAssistanceTypes.None for no relation)"));
        }

        return [.. problems];
    }

    /// <summary>The allocation weight of a priority.</summary>
    internal int WeightOf(Needs.NeedPriority priority) => priority switch
    {
        Needs.NeedPriority.High => HighPriorityWeight,
        Needs.NeedPriority.Medium => MediumPriorityWeight,
        Needs.NeedPriority.Low => LowPriorityWeight,
        _ => UnstatedPriorityWeight,
    };

    /// <summary>A copy, so that an engine is not changed by later edits of these options.</summary>
    internal MatchingOptions Clone() => (MatchingOptions)MemberwiseClone();
}
