using System.Text;
using TechAssist.Iati;

namespace TechAssist.Tests.Iati;

public class IatiImporterStreamingTests
{
    private static string File(IEnumerable<int> numbers)
    {
        var xml = new StringBuilder("<iati-activities version=\"2.03\">\n");
        foreach (var n in numbers)
        {
            xml.Append("<iati-activity><iati-identifier>XX-").Append(n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
               .Append("</iati-identifier><reporting-org ref=\"GB-GOV-1\" type=\"10\"><narrative>UK</narrative></reporting-org>")
               .Append("<recipient-country code=\"KE\"/><sector code=\"15113\"/></iati-activity>\n");
        }

        return xml.Append("</iati-activities>").ToString();
    }

    [Fact]
    public void Import_ManyActivities_ReadsEachOne()
    {
        var result = IatiExamples.ImportText(File(Enumerable.Range(1, 5000)));

        result.Errors.Should().BeEmpty();
        result.Offerings.Should().HaveCount(5000);
        result.Providers.Should().ContainSingle();
    }

    [Fact]
    public void Import_ActivitiesInAnyOrder_GiveTheSameOfferingsAndProviders()
    {
        var forward = IatiExamples.ImportText(File(Enumerable.Range(1, 20)));
        var backward = IatiExamples.ImportText(File(Enumerable.Range(1, 20).Reverse()));

        backward.Offerings.Should().Equal(forward.Offerings);
        backward.Providers.Should().Equal(forward.Providers);
        forward.Offerings[0].Id.Value.Should().Be("XX-00001");
    }

    [Fact]
    public void Import_RepeatedIdentifier_IsAnErrorAndTheFirstIsKept()
    {
        var result = IatiExamples.ImportText(File([1, 1]));

        result.Offerings.Should().ContainSingle();
        result.Activities.Should().ContainSingle();
        result.Errors.Select(e => e.ToString()).Should().Equal(
            "inline.xml:3 XX-00001: the iati-identifier XX-00001 was already imported from this file; this copy is left out");
    }

    [Fact]
    public void Import_RootThatIsNotIati_IsRefused() =>
        IatiExamples.ImportText("<html><body/></html>").Errors.Select(e => e.ToString()).Should().Equal(
            "inline.xml:1: not an IATI activity file: the root element is <html>, expected <iati-activities>");

    [Fact]
    public void Import_FileWithoutVersion_IsRefused() =>
        IatiExamples.ImportText("<iati-activities><iati-activity/></iati-activities>").Errors.Select(e => e.Reason).Should().Equal(
            "the file does not declare its IATI version (attribute version of <iati-activities>); only versions 2.01 to 2.03 are read");
}
