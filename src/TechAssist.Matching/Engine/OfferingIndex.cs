namespace TechAssist.Matching.Engine;

/// <summary>
/// Offerings by (article, geography): for each article and each geography key (a State, a regional group, global)
/// the offerings that cover the article and reach that geography, in offering order. Built once; compressed rows.
/// </summary>
/// <remarks>Thematic and chapter coverage is expanded to articles here, so a lookup never scans all offerings.</remarks>
internal sealed class OfferingIndex
{
    private readonly int[] _start;
    private readonly int[] _offerings;
    private readonly int _geoCount;

    internal OfferingIndex(IReadOnlyList<OfferingFacts> offerings, IReadOnlyList<int[]> geoKeysOfOffering, int geoCount)
    {
        _geoCount = geoCount;
        var keyCount = 72 * geoCount;
        _start = new int[keyCount + 1];
        for (var o = 0; o < offerings.Count; o++)
        {
            foreach (var article in offerings[o].Coverage.Articles.Articles())
            {
                foreach (var geo in geoKeysOfOffering[o])
                {
                    _start[Key(article.Value, geo) + 1]++;
                }
            }
        }

        for (var k = 0; k < keyCount; k++)
        {
            _start[k + 1] += _start[k];
        }

        _offerings = new int[_start[keyCount]];
        var fill = (int[])_start.Clone();
        for (var o = 0; o < offerings.Count; o++)
        {
            foreach (var article in offerings[o].Coverage.Articles.Articles())
            {
                foreach (var geo in geoKeysOfOffering[o])
                {
                    _offerings[fill[Key(article.Value, geo)]++] = o;
                }
            }
        }
    }

    /// <summary>The offerings listed under (article, geography key), in offering order.</summary>
    internal ReadOnlySpan<int> Lookup(int article, int geo)
    {
        var key = Key(article, geo);
        return _offerings.AsSpan(_start[key], _start[key + 1] - _start[key]);
    }

    private int Key(int article, int geo) => (article * _geoCount) + geo;
}
