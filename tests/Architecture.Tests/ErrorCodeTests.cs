using System.Globalization;
using System.Text.RegularExpressions;
using InvestPromo.Api.Errors;
using InvestPromo.Application.Common.Localization;
using InvestPromo.Domain.Common;

namespace InvestPromo.Architecture.Tests;

/// <summary>
/// Every error code the product can answer with has its message in Chinese and in English (ErrorMessages), and a broken
/// domain rule's kind — not the spelling of its code — decides between 409 and 422.
/// </summary>
public sealed partial class ErrorCodeTests
{
    /// <summary>The codes thrown or answered anywhere under src/, read from the source, with the file each was found in.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Codes = new(ScanCodes);

    [Fact]
    public void Every_error_code_in_the_source_has_a_Chinese_and_an_English_message()
    {
        var missing = new List<string>();
        foreach (var (code, file) in Codes.Value.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var zh = MessageIn("zh-CN", code);
            var en = MessageIn("en-US", code);
            if (zh is null || !Chinese().IsMatch(zh))
            {
                missing.Add($"{code} (zh-CN, thrown in {file})");
            }

            if (en is null || Chinese().IsMatch(en))
            {
                missing.Add($"{code} (en-US, thrown in {file})");
            }
        }

        Assert.True(missing.Count == 0, "Add these to Application/Common/Localization ErrorMessages:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_Chinese_error_message_uses_full_width_punctuation_beside_Chinese_and_one_kind_of_quotes()
    {
        var faults = Codes.Value.Keys.Order(StringComparer.Ordinal)
            .Select(code => (code, zh: MessageIn("zh-CN", code)))
            .Where(m => m.zh is not null && (HalfWidthBesideChinese().IsMatch(m.zh) || OtherQuotes().IsMatch(m.zh)))
            .Select(m => $"{m.code}: {m.zh}")
            .ToList();

        Assert.True(faults.Count == 0, "Use ，；：？！（） beside Chinese and “…” quotes (as client/src/i18n/punctuation.ts):" + Environment.NewLine + string.Join(Environment.NewLine, faults));
        Assert.Matches(HalfWidthBesideChinese(), "已停用,已有"); // a control: the rule can fail
    }

    [Fact]
    public void The_scan_finds_the_codes_of_every_kind_of_throw()
    {
        // A control: the rule above cannot pass by finding nothing.
        Assert.True(Codes.Value.Count > 60, $"Only {Codes.Value.Count} codes found.");
        Assert.Contains("filing.not-editable", Codes.Value.Keys); // DomainRuleException.Conflict
        Assert.Contains("filing.credit-code-invalid", Codes.Value.Keys); // DomainRuleException.Invalid
        Assert.Contains("region.name-invalid", Codes.Value.Keys); // Guard.Text
        Assert.Contains("filing.incomplete", Codes.Value.Keys); // a code constant
        Assert.Contains("auth.locked-out", Codes.Value.Keys); // AuthenticationFailedException
        Assert.Contains("export.too-many-rows", Codes.Value.Keys); // LimitExceededException
        Assert.Contains("objection.too-many-from-address", Codes.Value.Keys); // TooManyRequestsException
        Assert.Contains("auth.api-key-read-only", Codes.Value.Keys); // Problems.WriteAsync
        Assert.Contains("request.rate-limited", Codes.Value.Keys); // Problems.DefaultCode
        Assert.DoesNotContain("error", Codes.Value.Keys); // DefaultCode's fallback keeps the framework's title
        Assert.Null(MessageIn("en-US", "no.such-code"));
    }

    [Theory]
    [InlineData(DomainRuleKind.Conflict, "filing.not-editable", 409)]
    [InlineData(DomainRuleKind.Invalid, "filing.field-invalid", 422)]
    [InlineData(DomainRuleKind.Invalid, "some.value-wrong", 422)] // the code's spelling does not decide
    [InlineData(DomainRuleKind.Conflict, "some.state-invalid", 409)]
    public void A_domain_rules_kind_decides_its_status(DomainRuleKind kind, string code, int status)
    {
        var exception = kind == DomainRuleKind.Invalid ? DomainRuleException.Invalid(code, "message") : DomainRuleException.Conflict(code, "message");

        var problem = ExceptionHandler.Map(exception);

        Assert.Equal(status, problem.Status);
        Assert.Equal(code, problem.Extensions[Problems.CodeKey]);
    }

    private static string? MessageIn(string culture, string code)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            const string Fallback = "\u0000missing";
            var message = ErrorMessages.For(code, Fallback);
            return message == Fallback ? null : message;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Dictionary<string, string> ScanCodes()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Contains("/Migrations/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (var call in Throws().Matches(text).Concat(CodeConstants().Matches(text)).Concat(DefaultCodes().Matches(text)))
            {
                foreach (Match literal in Literal().Matches(call.Groups["args"].Value))
                {
                    var value = literal.Groups["value"].Value;
                    if (CodeShape().IsMatch(value))
                    {
                        codes.TryAdd(value, relative);
                        if (call.Groups["first"].Success)
                        {
                            break; // only the call's first code-shaped literal is its code (Guard's next one is a label)
                        }
                    }
                }
            }
        }

        return codes;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InvestPromo.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("InvestPromo.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// The calls that name an error code: a domain rule, a guard, the coded application exceptions, and the API's own
    /// problem answers. <c>first</c> marks those whose first code-shaped literal alone is the code.
    /// </summary>
    [GeneratedRegex("""(?:DomainRuleException\.(?:Conflict|Invalid)|(?<first>Guard\.(?:Optional)?Text)|new (?:AuthenticationFailed|LimitExceeded|TooManyRequests)Exception|(?<first>Problems\.(?:WriteAsync|Create))|ErrorMessages\.For)\((?<args>(?:"(?:[^"\\]|\\.)*"|[^;"])*?)\)(?:;|,|\)|$)""", RegexOptions.Multiline)]
    private static partial Regex Throws();

    /// <summary>A code kept in a constant, e.g. <c>const string IncompleteCode = "filing.incomplete"</c>.</summary>
    [GeneratedRegex("""const string \w*Code = (?<args>"[^"]*")""")]
    private static partial Regex CodeConstants();

    /// <summary>The codes <c>Problems.DefaultCode</c> gives a status, e.g. <c>429 => "request.rate-limited"</c>.</summary>
    [GeneratedRegex("""\d{3} => (?<args>"[^"]*")""")]
    private static partial Regex DefaultCodes();

    [GeneratedRegex("\"(?<value>[^\"]*)\"")]
    private static partial Regex Literal();

    /// <summary>Lower-case words joined by dots and hyphens: "filing.not-editable", "unauthorized".</summary>
    [GeneratedRegex("^[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*$")]
    private static partial Regex CodeShape();

    [GeneratedRegex("\\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    /// <summary>A half-width , ; : ? ! ( ) right before or after a Chinese character (or a “” quote, or full-width punctuation).</summary>
    [GeneratedRegex("[\\p{IsCJKUnifiedIdeographs}\\u3000-\\u303f\\uff00-\\uffef“”][,;:?!()]|[,;:?!()][\\p{IsCJKUnifiedIdeographs}\\u3000-\\u303f\\uff00-\\uffef“”]")]
    private static partial Regex HalfWidthBesideChinese();

    [GeneratedRegex("[\"'‘’「」『』]")]
    private static partial Regex OtherQuotes();
}
