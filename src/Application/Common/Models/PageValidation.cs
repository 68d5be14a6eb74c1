namespace InvestPromo.Application.Common.Models;

public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}

public static class PageValidation
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator)
        where T : IPagedQuery
    {
        validator.RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        validator.RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
