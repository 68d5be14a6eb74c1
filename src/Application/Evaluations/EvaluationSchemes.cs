using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations;

/// <summary>Saving and reading a year's scheme (shared by the edit and the template copy).</summary>
public static class EvaluationSchemes
{
    public static async Task<EvaluationScheme> SaveAsync(
        IApplicationDbContext db, int year, EvaluationSchemeDefinition definition, int? version, Guid? by, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.AssociationEvaluations.IgnoreQueryFilters().AnyAsync(e => e.Year == year, ct);
        if (open)
        {
            throw DomainRuleException.Conflict("evaluation-scheme.in-use", "The year's evaluation is open: its scheme can no longer change.");
        }

        var scheme = await db.EvaluationSchemes.SingleOrDefaultAsync(s => s.Year == year, ct);
        if (scheme is null)
        {
            scheme = EvaluationScheme.Create(year, definition, by, now);
            db.EvaluationSchemes.Add(scheme);
        }
        else
        {
            db.ExpectVersion(scheme, version ?? -1);
            scheme.Update(definition, open, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(scheme).State == EntityState.Added && !ct.IsCancellationRequested)
        {
            // Someone created the year's scheme at the same moment: theirs stands, this edit is stale.
            throw new ConcurrencyConflictException(nameof(EvaluationScheme), scheme.Id);
        }

        return scheme;
    }

    public static EvaluationSchemeDto ToDto(EvaluationScheme scheme, bool locked)
    {
        var definition = scheme.Definition;
        return new EvaluationSchemeDto(scheme.Id, scheme.Year, definition.Name, definition.TotalScore, definition.Groups, locked, scheme.Version);
    }
}

/// <summary>The scheme's problems in both languages (the domain words them in English).</summary>
public static class EvaluationSchemeMessages
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["The total must be above 0 and at most 1000, with at most 2 decimals."] = "总分应大于 0、不超过 1000，最多两位小数。",
        ["A scheme has 1 to 20 groups."] = "细则应有 1 至 20 个指标组。",
        ["The groups' maximum scores must sum to the total."] = "各指标组分值之和应等于总分。",
        ["A group's maximum is above 0 with at most 2 decimals."] = "指标组分值应大于 0，最多两位小数。",
        ["A group has 1 to 30 indicators."] = "每个指标组应有 1 至 30 项指标。",
        ["The indicators' maximum scores must sum to the group's maximum."] = "组内各指标分值之和应等于该组分值。",
        ["A code is 1 to 40 letters, digits, '-' or '_'."] = "指标代码为 1 至 40 位字母、数字、“-”或“_”。",
        ["Indicator codes are unique in a scheme."] = "指标代码在细则内不能重复。",
        ["A name is 1 to 100 characters."] = "名称为 1 至 100 个字。",
        ["An indicator's maximum is above 0 with at most 2 decimals."] = "指标分值应大于 0，最多两位小数。",
        ["A data indicator names its metric."] = "数据指标须选择统计口径。",
        ["A linear rule needs a cap above 0."] = "线性计分须填写大于 0 的满分值。",
        ["A by-rank rule needs a step of 0 or more."] = "按名次计分须填写不小于 0 的递减分值。",
        ["A data indicator names its scoring rule."] = "数据指标须选择计分规则。",
        ["A manual indicator has no metric and no rule."] = "人工评分指标不设统计口径和计分规则。",
        ["The kind is Data or Manual."] = "指标类型为数据指标或人工评分。",
    };

    public static string For(string english) => new Localized(Chinese.GetValueOrDefault(english, english), english).Current;
}
