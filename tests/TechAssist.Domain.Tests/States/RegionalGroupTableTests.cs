using TechAssist.States;

namespace TechAssist.Tests.States;

public class RegionalGroupTableTests
{
    private static CountryCode Code(string text) => CountryCode.Parse(text);

    [Theory]
    [InlineData(RegionalGroup.African, 54)]
    [InlineData(RegionalGroup.AsiaPacific, 54)]
    [InlineData(RegionalGroup.EasternEuropean, 23)]
    [InlineData(RegionalGroup.LatinAmericanAndCaribbean, 33)]
    [InlineData(RegionalGroup.WesternEuropeanAndOthers, 29)]
    public void Default_GroupTotals_MatchTheUnitedNations(RegionalGroup group, int members) =>
        RegionalGroupTable.Default.MembersOf(group).Should().HaveCount(members);

    [Fact]
    public void Default_CountsEveryMemberStateOnce()
    {
        var counted = Enum.GetValues<RegionalGroup>().SelectMany(g => RegionalGroupTable.Default.MembersOf(g)).ToList();

        counted.Should().HaveCount(193).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void UnitedStates_IsCountedInWeogAsAnObserver()
    {
        var assignment = RegionalGroupTable.Default.AssignmentOf(Code("USA"))!;

        assignment.Group.Should().Be(RegionalGroup.WesternEuropeanAndOthers);
        assignment.Participation.Should().Be(GroupParticipation.Observer);
        assignment.Note.Should().Contain("observer");
    }

    [Fact]
    public void Turkiye_IsCountedInWeogAndTakesPartInAsiaPacific()
    {
        RegionalGroupTable.Default.GroupOf(Code("TUR")).Should().Be(RegionalGroup.WesternEuropeanAndOthers);
        RegionalGroupTable.Default.GroupsOf(Code("TUR")).Should().Equal(RegionalGroup.WesternEuropeanAndOthers, RegionalGroup.AsiaPacific);
        RegionalGroupTable.Default.MembersOf(RegionalGroup.AsiaPacific).Should().NotContain(Code("TUR"));
    }

    [Fact]
    public void IsraelAndKiribati_AreDocumentedSpecialCases()
    {
        RegionalGroupTable.Default.AssignmentOf(Code("ISR"))!.Participation.Should().Be(GroupParticipation.Full);
        RegionalGroupTable.Default.GroupOf(Code("ISR")).Should().Be(RegionalGroup.WesternEuropeanAndOthers);
        RegionalGroupTable.Default.GroupOf(Code("KIR")).Should().Be(RegionalGroup.AsiaPacific);
        RegionalGroupTable.Default.AssignmentOf(Code("KIR"))!.Note.Should().Contain("2010");
    }

    [Fact]
    public void ObserverStates_BelongToNoGroup()
    {
        RegionalGroupTable.Default.GroupOf(Code("VAT")).Should().BeNull();
        RegionalGroupTable.Default.GroupOf(Code("PSE")).Should().BeNull();
        RegionalGroupTable.Default.GroupsOf(Code("PSE")).Should().BeEmpty();
    }

    [Fact]
    public void Create_UserTable_ReplacesTheDefault()
    {
        // A 2010 view: Kiribati in no group, the United States left out entirely.
        var table = RegionalGroupTable.Create(
        [
            new RegionalGroupAssignment { State = Code("KEN"), Group = RegionalGroup.African },
            new RegionalGroupAssignment { State = Code("KIR") },
        ]).GetValueOrThrow();

        table.GroupOf(Code("KIR")).Should().BeNull();
        table.GroupOf(Code("USA")).Should().BeNull();
        table.MembersOf(RegionalGroup.African).Should().Equal(Code("KEN"));
    }

    [Fact]
    public void Create_BadAssignments_ListsEveryProblem()
    {
        var result = RegionalGroupTable.Create(
        [
            new RegionalGroupAssignment { State = Code("XXX"), Group = RegionalGroup.African },
            new RegionalGroupAssignment { State = Code("KEN"), Group = RegionalGroup.African },
            new RegionalGroupAssignment { State = Code("KEN"), Group = (RegionalGroup)9 },
            new RegionalGroupAssignment
            {
                State = Code("TUR"),
                Group = RegionalGroup.WesternEuropeanAndOthers,
                AlsoParticipatesIn = [RegionalGroup.AsiaPacific, RegionalGroup.WesternEuropeanAndOthers],
            },
        ]);

        result.IsValid.Should().BeFalse();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "assignments[0].state: 'XXX' is not a State in the catalogue of 195 States",
            "assignments[2].state: KEN is assigned more than once",
            "assignments[2].group: '9' is not a regional group",
            "assignments[3].alsoParticipatesIn[1]: WesternEuropeanAndOthers is listed twice for TUR");
        FluentActions.Invoking(() => result.GetValueOrThrow()).Should().Throw<TechAssist.Validation.TechAssistValidationException>()
            .WithMessage("RegionalGroupTable has 4 problems:*KEN is assigned more than once*");
    }

    [Fact]
    public void CreateDefault_ReadsTheEmbeddedTableWithItsTwoSpecialCases()
    {
        var table = RegionalGroupTable.CreateDefault();

        table.Should().NotBeSameAs(RegionalGroupTable.Default);
        table.Assignments.Should().Equal(RegionalGroupTable.Default.Assignments);
        table.Assignments.Select(a => a.State).Should().BeInAscendingOrder();
        table.MembersOf(RegionalGroup.African).Should().HaveCount(54).And.BeInAscendingOrder();
        table.AssignmentOf(Code("USA"))!.Participation.Should().Be(GroupParticipation.Observer);
        table.AssignmentOf(Code("FRA"))!.Participation.Should().Be(GroupParticipation.Full);
        table.GroupsOf(Code("TUR")).Should().Equal(RegionalGroup.WesternEuropeanAndOthers, RegionalGroup.AsiaPacific);
        table.GroupsOf(Code("GRC")).Should().Equal(RegionalGroup.WesternEuropeanAndOthers);
        table.GroupOf(Code("VAT")).Should().BeNull();
        table.AssignmentOf(Code("VAT"))!.Note.Should().Contain("permanent observer");
        table.AssignmentOf(Code("FRA"))!.Note.Should().BeNull();
    }
}
