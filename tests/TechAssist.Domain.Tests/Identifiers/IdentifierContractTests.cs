using TechAssist.Checklists;
using TechAssist.Experts;
using TechAssist.Knowledge;
using TechAssist.Needs;
using TechAssist.Reports;
using TechAssist.Supply;

namespace TechAssist.Tests.Identifiers;

/// <summary>
/// What every string identifier promises: ordinal order through its operators (an upper-case letter sorts before a
/// lower-case one), an empty text for <c>default</c>, and a refusal of bad text that names the text and the kind of id.
/// </summary>
public sealed class IdentifierContractTests
{
    [Fact]
    public void NeedId_FollowsTheContract()
    {
        Ordering.ShouldOrder(NeedId.From("KEN-1"), NeedId.From("ken-1"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(NeedId).Value.Should().BeEmpty();
        default(NeedId).ToString().Should().BeEmpty();
        FluentActions.Invoking(() => NeedId.From("KEN 1")).Should().Throw<ArgumentException>()
            .WithMessage("'KEN 1' is not a need id: an identifier must not contain white space or control characters. (Parameter 'text')");
        NeedId.TryFrom("KEN 1", out var refused).Should().BeFalse();
        refused.Should().Be(default(NeedId));
        NeedId.TryFrom("KEN-1", out var accepted).Should().BeTrue();
        accepted.Value.Should().Be("KEN-1");
    }

    [Fact]
    public void ChecklistId_FollowsTheContract()
    {
        Ordering.ShouldOrder(ChecklistId.From("PILOT-2008"), ChecklistId.From("pilot-2008"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(ChecklistId).Value.Should().BeEmpty();
        FluentActions.Invoking(() => ChecklistId.From("")).Should().Throw<ArgumentException>()
            .WithMessage("'' is not a checklist id: an identifier must not be empty. (Parameter 'text')");
        ChecklistId.TryFrom("a b", out var refused).Should().BeFalse();
        refused.IsValid.Should().BeFalse();
        ChecklistId.TryFrom("PILOT-2008", out var accepted).Should().BeTrue();
        accepted.Value.Should().Be("PILOT-2008");
    }

    [Fact]
    public void ObstacleCode_FollowsTheContract()
    {
        Ordering.ShouldOrder(ObstacleCode.From("CAPACITY"), ObstacleCode.From("capacity"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(ObstacleCode).Value.Should().BeEmpty();
        FluentActions.Invoking(() => ObstacleCode.From("NO\tTAB")).Should().Throw<ArgumentException>()
            .WithMessage("'NO\tTAB' is not an obstacle code: an identifier must not contain white space or control characters. (Parameter 'text')");
        ObstacleCode.TryFrom("NO\tTAB", out var refused).Should().BeFalse();
        refused.IsValid.Should().BeFalse();
        ObstacleCode.TryFrom("CAPACITY", out var accepted).Should().BeTrue();
        accepted.Value.Should().Be("CAPACITY");
    }

    [Fact]
    public void ReportId_FollowsTheContract_WithItsOwnLengthLimit()
    {
        Ordering.ShouldOrder(ReportId.From("KEN-2008"), ReportId.From("ken-2008"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(ReportId).Value.Should().BeEmpty();
        var longest = new string('R', ReportId.MaxLength);
        ReportId.From(longest).Value.Should().HaveLength(60);
        FluentActions.Invoking(() => ReportId.From(longest + "R")).Should().Throw<ArgumentException>()
            .WithMessage($"'{longest}R' is not a report id: a report id has at most 60 characters. (Parameter 'text')");
        ReportId.TryFrom(longest + "R", out var refused).Should().BeFalse();
        refused.IsValid.Should().BeFalse();
        ReportId.TryFrom("", out _).Should().BeFalse();
    }

    [Fact]
    public void ProviderId_FollowsTheContract()
    {
        Ordering.ShouldOrder(ProviderId.From("XM-DAC-7"), ProviderId.From("xm-dac-7"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(ProviderId).Value.Should().BeEmpty();
        FluentActions.Invoking(() => ProviderId.From(new string('P', 101))).Should().Throw<ArgumentException>()
            .WithMessage($"'{new string('P', 101)}' is not a provider id: an identifier has at most 100 characters. (Parameter 'text')");
        ProviderId.TryFrom(new string('P', 100), out var longest).Should().BeTrue();
        longest.Value.Should().HaveLength(100);
        ProviderId.TryFrom(null, out var refused).Should().BeFalse();
        refused.IsValid.Should().BeFalse();
    }

    [Fact]
    public void OfferingId_FollowsTheContract()
    {
        Ordering.ShouldOrder(OfferingId.From("NL-KEN-1"), OfferingId.From("nl-ken-1"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(OfferingId).Value.Should().BeEmpty();
        FluentActions.Invoking(() => OfferingId.From("NL KEN")).Should().Throw<ArgumentException>()
            .WithMessage("'NL KEN' is not an offering id: an identifier must not contain white space or control characters. (Parameter 'text')");
        OfferingId.TryFrom("NL KEN", out var refused).Should().BeFalse();
        refused.IsValid.Should().BeFalse();
    }

    [Fact]
    public void ExpertId_FollowsTheContract()
    {
        Ordering.ShouldOrder(ExpertId.From("FRA-001"), ExpertId.From("fra-001"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(ExpertId).Value.Should().BeEmpty();
        FluentActions.Invoking(() => ExpertId.From("")).Should().Throw<ArgumentException>()
            .WithMessage("'' is not an expert id: an identifier must not be empty. (Parameter 'text')");
        ExpertId.TryFrom(" ", out var refused).Should().BeFalse();
        refused.IsValid.Should().BeFalse();
    }

    [Fact]
    public void KnowledgeResourceId_FollowsTheContract()
    {
        Ordering.ShouldOrder(KnowledgeResourceId.From("STAR-1"), KnowledgeResourceId.From("star-1"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(KnowledgeResourceId).Value.Should().BeEmpty();
        FluentActions.Invoking(() => KnowledgeResourceId.From("STAR 1")).Should().Throw<ArgumentException>()
            .WithMessage("'STAR 1' is not a knowledge resource id: an identifier must not contain white space or control characters. (Parameter 'text')");
        KnowledgeResourceId.TryFrom("STAR 1", out var refused).Should().BeFalse();
        refused.IsValid.Should().BeFalse();
    }
}
