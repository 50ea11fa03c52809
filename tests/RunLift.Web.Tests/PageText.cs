using System.Net;
using System.Text.RegularExpressions;

namespace RunLift.Web.Tests;

/// <summary>What a rendered page says, for asserting its words rather than its markup.</summary>
public static partial class PageText
{
    /// <summary>The page's text, its tags and the spaces Razor leaves between them taken out.</summary>
    public static string Of(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, "")), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
