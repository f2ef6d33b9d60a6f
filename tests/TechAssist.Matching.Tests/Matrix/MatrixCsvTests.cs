using TechAssist.Consent;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Tests.Testing;

namespace TechAssist.Matching.Tests.Matrix;

public class MatrixCsvTests
{
    [Fact]
    public void Write_GivesOneLinePerCell()
    {
        var engine = HandBuiltCase.Engine();
        var matrix = engine.BuildMatrix(engine.Run(), new MatrixOptions { Rows = MatrixRows.State, SplitByAssistanceType = false }, Viewer.Secretariat);
        using var writer = new StringWriter();

        MatrixCsv.Write(writer, matrix);

        writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "row,column,assistance_type,needs,served,unmet,offerings,spare_offerings,providers,duplicated_needs,status",
            "BRA,23,,1,0,1,0,0,,,Unmet",
            "DEU,23,,1,0,1,0,0,,,Unmet",
            "KEN,5,,1,0,1,0,0,,,Unmet",
            "KEN,23,,4,3,1,3,1,P-NOR;P-UNODC;P-ZAF,,PartiallyMet",
            "NGA,16,,1,0,1,0,0,,,Unmet");
    }
}
