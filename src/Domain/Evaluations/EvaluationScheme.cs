using System.Text.Json;
using System.Text.Json.Serialization;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Evaluations;

/// <summary>What the system counts for a data indicator, over the evaluation period (1 December .. 30 November).</summary>
public enum EvaluationMetric
{
    /// <summary>Projects whose association credit was confirmed in the period.</summary>
    ConfirmedCreditedProjects = 1,

    /// <summary>Of those, the projects with an agreement investment (协议投资额) of at least 1亿 yuan.</summary>
    CreditedProjectsOver1Yi = 2,

    /// <summary>Verified funds in place (yuan) of the period's months, of the association's confirmed credited projects.</summary>
    VerifiedFundsInPlace = 3,

    /// <summary>Confirmed events the association hosted (承办), starting in the period.</summary>
    EventsOrganised = 4,

    /// <summary>Confirmed events the association co-hosted (协办), starting in the period.</summary>
    EventsCoOrganised = 5,

    /// <summary>Companies invited to the confirmed events it hosted or co-hosted in the period.</summary>
    CompaniesInvited = 6,

    /// <summary>Project leads it brought, recorded in the period.</summary>
    LeadsSubmitted = 7,

    /// <summary>Of those, the leads assigned to a carrier unit (交办).</summary>
    LeadsAssigned = 8,

    /// <summary>Publicity items crediting it, published in the period.</summary>
    PublicityItems = 9,
}

/// <summary>Data indicators are computed from the system; manual ones are scored by the center's reviewers.</summary>
public enum IndicatorKind
{
    Data = 1,
    Manual = 2,
}

/// <summary>How a data indicator's value becomes a score.</summary>
public enum ScoringRule
{
    /// <summary>max × min(value / cap, 1).</summary>
    Linear = 1,

    /// <summary>The highest value gets the maximum, each rank below one step less (floor 0); a value of 0 scores 0.</summary>
    ByRank = 2,
}

/// <summary>One indicator of a scheme: its code (unique in the scheme), name, maximum score and how it is scored.</summary>
public sealed record EvaluationIndicator(
    string Code,
    string Name,
    decimal MaxScore,
    IndicatorKind Kind,
    EvaluationMetric? Metric = null,
    ScoringRule? Rule = null,
    decimal? Cap = null,
    decimal? RankStep = null)
{
    public string Code { get; } = Code;

    public string Name { get; } = Name;

    public decimal MaxScore { get; } = MaxScore;

    public IndicatorKind Kind { get; } = Kind;

    public EvaluationMetric? Metric { get; } = Metric;

    public ScoringRule? Rule { get; } = Rule;

    public decimal? Cap { get; } = Cap;

    public decimal? RankStep { get; } = RankStep;
}

/// <summary>A group (area) of indicators with its maximum score: the indicators' maxima sum to it.</summary>
public sealed record EvaluationGroup(string Code, string Name, decimal MaxScore, IReadOnlyList<EvaluationIndicator> Indicators)
{
    public string Code { get; } = Code;

    public string Name { get; } = Name;

    public decimal MaxScore { get; } = MaxScore;

    public IReadOnlyList<EvaluationIndicator> Indicators { get; } = Indicators;
}

/// <summary>A scheme's content as one value: its name, total and groups (what templates hold and evaluations freeze).</summary>
public sealed record EvaluationSchemeDefinition(string Name, decimal TotalScore, IReadOnlyList<EvaluationGroup> Groups)
{
    public const int NameMaxLength = 100;
    public const int CodeMaxLength = 40;
    public const int MaxGroups = 20;
    public const int MaxIndicators = 30;
    public const decimal MaxTotal = 1000m;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public string Name { get; } = Name;

    public decimal TotalScore { get; } = TotalScore;

    public IReadOnlyList<EvaluationGroup> Groups { get; } = Groups;

    public IEnumerable<EvaluationIndicator> Indicators => Groups.SelectMany(g => g.Indicators);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static EvaluationSchemeDefinition FromJson(string json) =>
        JsonSerializer.Deserialize<EvaluationSchemeDefinition>(json, Json) ?? throw new InvalidOperationException("An empty scheme.");

    /// <summary>
    /// What is wrong with the scheme, as (field path, English message) pairs; empty when it is sound: the groups' maxima sum to the
    /// total, each group's indicators' maxima to the group's, codes are unique, data indicators name a metric and a rule (a positive
    /// cap for linear, a step ≥ 0 for by-rank), manual ones neither.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (TotalScore <= 0 || TotalScore > MaxTotal || decimal.Round(TotalScore, 2) != TotalScore)
        {
            problems.Add(("totalScore", "The total must be above 0 and at most 1000, with at most 2 decimals."));
        }

        if (Groups is null || Groups.Count == 0 || Groups.Count > MaxGroups)
        {
            problems.Add(("groups", "A scheme has 1 to 20 groups."));
            return problems;
        }

        if (Groups.Sum(g => g.MaxScore) != TotalScore)
        {
            problems.Add(("groups", "The groups' maximum scores must sum to the total."));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Groups.Count; i++)
        {
            var group = Groups[i];
            var at = $"groups[{i}]";
            if (group.MaxScore <= 0 || decimal.Round(group.MaxScore, 2) != group.MaxScore)
            {
                problems.Add(($"{at}.maxScore", "A group's maximum is above 0 with at most 2 decimals."));
            }

            if (group.Indicators is null || group.Indicators.Count == 0 || group.Indicators.Count > MaxIndicators)
            {
                problems.Add(($"{at}.indicators", "A group has 1 to 30 indicators."));
                continue;
            }

            if (group.Indicators.Sum(x => x.MaxScore) != group.MaxScore)
            {
                problems.Add(($"{at}.indicators", "The indicators' maximum scores must sum to the group's maximum."));
            }

            for (var j = 0; j < group.Indicators.Count; j++)
            {
                var indicator = group.Indicators[j];
                var path = $"{at}.indicators[{j}]";
                if (string.IsNullOrWhiteSpace(indicator.Code) || indicator.Code.Length > CodeMaxLength || !indicator.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                {
                    problems.Add(($"{path}.code", "A code is 1 to 40 letters, digits, '-' or '_'."));
                }
                else if (!codes.Add(indicator.Code))
                {
                    problems.Add(($"{path}.code", "Indicator codes are unique in a scheme."));
                }

                if (string.IsNullOrWhiteSpace(indicator.Name) || indicator.Name.Length > NameMaxLength)
                {
                    problems.Add(($"{path}.name", "A name is 1 to 100 characters."));
                }

                if (indicator.MaxScore <= 0 || decimal.Round(indicator.MaxScore, 2) != indicator.MaxScore)
                {
                    problems.Add(($"{path}.maxScore", "An indicator's maximum is above 0 with at most 2 decimals."));
                }

                if (indicator.Kind == IndicatorKind.Data)
                {
                    if (indicator.Metric is null || !Enum.IsDefined(indicator.Metric.Value))
                    {
                        problems.Add(($"{path}.metric", "A data indicator names its metric."));
                    }

                    switch (indicator.Rule)
                    {
                        case ScoringRule.Linear when indicator.Cap is not > 0:
                            problems.Add(($"{path}.cap", "A linear rule needs a cap above 0."));
                            break;
                        case ScoringRule.ByRank when indicator.RankStep is not >= 0:
                            problems.Add(($"{path}.rankStep", "A by-rank rule needs a step of 0 or more."));
                            break;
                        case ScoringRule.Linear or ScoringRule.ByRank:
                            break;
                        default:
                            problems.Add(($"{path}.rule", "A data indicator names its scoring rule."));
                            break;
                    }
                }
                else if (indicator.Kind == IndicatorKind.Manual)
                {
                    if (indicator.Metric is not null || indicator.Rule is not null)
                    {
                        problems.Add(($"{path}.metric", "A manual indicator has no metric and no rule."));
                    }
                }
                else
                {
                    problems.Add(($"{path}.kind", "The kind is Data or Manual."));
                }
            }
        }

        return problems;
    }

    /// <summary>Throws 422 <c>evaluation-scheme.invalid</c> when <see cref="Problems"/> finds anything (validators report them as 400 first).</summary>
    public void EnsureValid()
    {
        if (Problems().Count > 0)
        {
            throw DomainRuleException.Invalid("evaluation-scheme.invalid", "The scheme's maxima do not add up or an indicator is incomplete.");
        }
    }
}

/// <summary>
/// The evaluation scheme (评价细则) of one year, as data: groups of indicators with their maximum scores. Admins copy a template
/// and edit it while the year's evaluation is not open; the evaluation freezes a copy when it opens.
/// </summary>
public sealed class EvaluationScheme : AuditableEntity
{
    private EvaluationScheme()
    {
        Name = string.Empty;
        DefinitionJson = "{}";
    }

    public int Year { get; private set; }

    public string Name { get; private set; }

    public decimal TotalScore { get; private set; }

    /// <summary>The <see cref="EvaluationSchemeDefinition"/> as JSON.</summary>
    public string DefinitionJson { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public EvaluationSchemeDefinition Definition => EvaluationSchemeDefinition.FromJson(DefinitionJson);

    public static EvaluationScheme Create(int year, EvaluationSchemeDefinition definition, Guid? by, DateTimeOffset now)
    {
        var scheme = new EvaluationScheme { Year = year };
        scheme.Apply(definition);
        scheme.Stamp(by, now);
        return scheme;
    }

    /// <summary>Replaces the content; refused (409 <c>evaluation-scheme.in-use</c>) once the year's evaluation is open.</summary>
    public void Update(EvaluationSchemeDefinition definition, bool evaluationOpen, DateTimeOffset now)
    {
        if (evaluationOpen)
        {
            throw DomainRuleException.Conflict("evaluation-scheme.in-use", "The year's evaluation is open: its scheme can no longer change.");
        }

        Apply(definition);
        UpdatedAt = now;
    }

    private void Apply(EvaluationSchemeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.EnsureValid();
        Name = Guard.Text(definition.Name, EvaluationSchemeDefinition.NameMaxLength, "evaluation-scheme.invalid", "Name");
        TotalScore = definition.TotalScore;
        DefinitionJson = new EvaluationSchemeDefinition(Name, definition.TotalScore, definition.Groups).ToJson();
    }
}
