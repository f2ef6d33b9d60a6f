using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Serialization;

namespace TechAssist.Tests.Checklists;

public class ChecklistDocumentTests
{
    // A user-defined 15-article pilot. Which 15 articles the 2007-2008 checklist covered is not verified; this list is
    // only an example of a user's own version, not a statement about that checklist.
    private const string PilotJson = """
        {
          "schemaVersion": 1,
          "id": "my-pilot",
          "version": 1,
          "title": "A 15-article pilot",
          "adopted": "2007-06-01",
          "items": [
            { "provision": "5" }, { "provision": "6" }, { "provision": "9" }, { "provision": "15" }, { "provision": "16(1)" },
            { "provision": "17" }, { "provision": "20" }, { "provision": "23" }, { "provision": "25" }, { "provision": "44" },
            { "provision": "46" }, { "provision": "52" }, { "provision": "53" }, { "provision": "55" }, { "provision": "57", "prompt": "Return of assets" }
          ]
        }
        """;

    [Fact]
    public void ToChecklist_PilotFromJson_HasItsFifteenItemsInOrder()
    {
        var document = TechAssistJson.Deserialize<ChecklistDocument>(PilotJson).GetValueOrThrow();

        var checklist = document.ToChecklist().GetValueOrThrow();

        checklist.Id.Should().Be(ChecklistId.From("my-pilot"));
        checklist.Version.Should().Be(1);
        checklist.Adopted.Should().Be(new NodaTime.LocalDate(2007, 6, 1));
        checklist.Items.Should().HaveCount(15);
        checklist.Items.Select(i => i.Provision.Code).Should().StartWith(["5", "6", "9", "15", "16(1)"]);
        checklist.Items[14].Prompt.Should().Be("Return of assets");
        checklist.HasItem(ProvisionReference.Parse("16(1)")).Should().BeTrue();
        checklist.HasItem(ProvisionReference.Parse("16")).Should().BeFalse();
    }

    [Fact]
    public void ToChecklist_BrokenDocument_ListsEveryProblem()
    {
        var json = """
            {
              "schemaVersion": 2,
              "id": "has space",
              "version": 0,
              "title": " ",
              "items": [
                { "provision": "16" }, { "provision": "16(x)" }, { "provision": "Art. 16" }, { "provision": "72" }, { }, null
              ]
            }
            """;
        var document = TechAssistJson.Deserialize<ChecklistDocument>(json).GetValueOrThrow();

        var result = document.ToChecklist();

        result.IsValid.Should().BeFalse();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "schemaVersion: schema version 2 is not supported: this version of the library reads version 1",
            "id: 'has space' is not a checklist id: an identifier must not contain white space or control characters",
            "version: a checklist version is a whole number from 1",
            "title: a checklist needs a title",
            "items[1].provision: '(x)' is not a paragraph number from 1 to 255",
            "items[2].provision: provision 16 is listed more than once (first at items[0])",
            "items[3].provision: article 72 does not exist",
            "items[4].provision: an item needs a provision",
            "items[5]: an item is missing");
        result.Problems[6].Value.Should().Be("72");
    }

    [Fact]
    public void ToChecklist_NoIdAndNoItems_SaysSo()
    {
        var result = new ChecklistDocument { Version = 1, Title = "Empty" }.ToChecklist();

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "id: a checklist needs an id",
            "items: a checklist needs at least one item");
    }

    [Fact]
    public void Validate_ChecklistWithDefaultProvision_ReportsTheItem()
    {
        var checklist = new Checklist
        {
            Id = ChecklistId.From("c"),
            Version = 1,
            Title = "T",
            Items = EquatableArray.Create(new ChecklistItem { Provision = default }),
        };

        checklist.Validate().Problems.Select(p => p.ToString()).Should().Equal("items[0].provision: an item needs a provision");
    }

    [Fact]
    public void From_ThenToChecklist_GivesTheSameChecklist()
    {
        var checklist = ReviewCycleChecklists.SecondCycle;

        ChecklistDocument.From(checklist).ToChecklist().GetValueOrThrow().Should().Be(checklist);
    }
}
