using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Targets.Queries.GetTargetsImportTemplate;

/// <summary>The targets' import template for a year: one row per carrier unit with its current figures (zeros where none), amounts in 万元.</summary>
public sealed record GetTargetsImportTemplateQuery(int Year) : IQuery<SpreadsheetFile>;

public sealed class GetTargetsImportTemplateValidator : AbstractValidator<GetTargetsImportTemplateQuery>
{
    public GetTargetsImportTemplateValidator() => RuleFor(x => x.Year).InclusiveBetween(UnitTarget.MinYear, UnitTarget.MaxYear);
}

public sealed class GetTargetsImportTemplateHandler(IApplicationDbContext db, ISpreadsheets spreadsheets) : IQueryHandler<GetTargetsImportTemplateQuery, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(GetTargetsImportTemplateQuery query, CancellationToken cancellationToken)
    {
        var year = await TargetReads.YearAsync(db, query.Year, cancellationToken);
        var rows = year.Units.Select(u => TargetSheets.Row(query.Year, u.UnitName, u.Figures.ToFigures())).ToList();
        var sheet = SpreadsheetRows.Sheet(TargetSheets.DataSheetName.Current, TargetSheets.Columns.Select(c => c.Header.Current), FilingSheets.AsRows(rows));
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        return new SpreadsheetFile($"{new Localized("单位目标任务导入模板", "unit-targets-import-template").Current}_{query.Year}.xlsx", content);
    }
}
