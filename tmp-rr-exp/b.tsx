import { createBrowserRouter, RouterProvider, Link, NavLink, useParams, useNavigate, useLocation, useSearchParams, Navigate, Outlet } from 'react-router';
export const x = [createBrowserRouter, RouterProvider, Link, NavLink, useParams, useNavigate, useLocation, useSearchParams, Navigate, Outlet];
