using TechAssist.Convention;
using TechAssist.Matching.Scoring;
using TechAssist.Supply;

namespace TechAssist.Matching.Engine;

/// <summary>An offering's (or expert's, or resource's) coverage, compiled once for fast fit tests.</summary>
internal sealed class CoverageFacts
{
    private readonly ProvisionReference[] _parts;
    private readonly ArticleSet _wholeArticles;
    private readonly ArticleSet _partArticles;
    private readonly ArticleSet _chapterArticles;

    internal CoverageFacts(Coverage coverage)
    {
        var parts = new List<ProvisionReference>();
        var whole = default(ArticleSet);
        var partArticles = default(ArticleSet);
        foreach (var provision in coverage.Provisions)
        {
            if (!provision.IsValid)
            {
                continue;
            }

            if (provision.IsWholeArticle)
            {
                whole = whole.With(provision.Article);
            }
            else
            {
                parts.Add(provision);
                partArticles = partArticles.With(provision.Article);
            }
        }

        var chapters = default(ArticleSet);
        foreach (var article in coverage.ExpandToArticles())
        {
            if (!whole.Contains(article) && !partArticles.Contains(article))
            {
                chapters = chapters.With(article);
            }
        }

        // An article named both whole and through its chapter keeps the closer fit: whole.
        _parts = [.. parts];
        _wholeArticles = whole;
        _partArticles = partArticles;
        _chapterArticles = chapters;
    }

    /// <summary>Every article the coverage touches: the keys it is indexed under.</summary>
    internal ArticleSet Articles => _wholeArticles.Union(_partArticles).Union(_chapterArticles);

    /// <summary>How closely the coverage fits <paramref name="provision"/>, or null when it does not cover it at all.</summary>
    /// <remarks>
    /// Exact: the very provision, or one containing it below article level (a whole article is exact for a need on
    /// the whole article). Same article: the whole article for a need on one of its paragraphs, or a paragraph of the
    /// article for a need on the whole article. Same chapter: the article's chapter or thematic area. A paragraph for
    /// a need on another paragraph of the same article covers nothing.
    /// </remarks>
    internal ScoreReason? Fit(ProvisionReference provision)
    {
        var article = provision.Article;
        if (provision.IsWholeArticle)
        {
            if (_wholeArticles.Contains(article))
            {
                return ScoreReason.ProvisionExact;
            }

            return _partArticles.Contains(article) ? ScoreReason.ProvisionSameArticle
                : _chapterArticles.Contains(article) ? ScoreReason.ProvisionSameChapter
                : null;
        }

        if (_partArticles.Contains(article))
        {
            foreach (var part in _parts)
            {
                if (provision.IsWithin(part))
                {
                    return ScoreReason.ProvisionExact;
                }
            }
        }

        if (_wholeArticles.Contains(article))
        {
            return ScoreReason.ProvisionSameArticle;
        }

        if (_chapterArticles.Contains(article))
        {
            return ScoreReason.ProvisionSameChapter;
        }

        if (_partArticles.Contains(article))
        {
            foreach (var part in _parts)
            {
                if (part.IsWithin(provision))
                {
                    return ScoreReason.ProvisionSameArticle;
                }
            }
        }

        return null;
    }
}
